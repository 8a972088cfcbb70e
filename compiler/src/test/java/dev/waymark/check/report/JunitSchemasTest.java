package dev.waymark.check.report;

import dev.waymark.Waymark;
import dev.waymark.check.CheckResult;
import dev.waymark.check.Fixture;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.SourceParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `--format junit` against the Ant JUnit schema and Jenkins' xUnit schema (both in test resources). */
class JunitSchemasTest {

    private static CheckResult broken() {
        var files = List.of(
                SourceParser.parse("examples/jewelry-shop/purchase.journey",
                        "journey j { stage s { step a { emotion 1 } step a { } } }\n".getBytes(StandardCharsets.UTF_8)),
                SourceParser.parse("maps/gift shop/v1.2 \u00e4 & <b>.journey",
                        "persona p { }\njourney k { owner @x stage s { step b { emotion \"open } } }\n\u0001".getBytes(StandardCharsets.UTF_8)),
                SourceParser.parse("top.journey", "journey t { owner @x }\n".getBytes(StandardCharsets.UTF_8)));
        return Waymark.check(new Workspace(files), Waymark.CheckRequest.of(List.of(), Path.of(".")).withAsOf(Fixture.AS_OF));
    }

    private static Schema schema(String name) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(JunitSchemasTest.class.getResource("/schema/" + name));
    }

    private static void validate(String schema, String xml) throws Exception {
        schema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"junit-ant.xsd", "junit-jenkins.xsd"})
    void theReportIsValid(String schema) throws Exception {
        String xml = JunitReport.render(broken(), Rules.load(), Policy.defaults(), Fixture.AS_OF);
        assertThat(xml).contains("failures=\"", "<failure ");
        validate(schema, xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"junit-ant.xsd", "junit-jenkins.xsd"})
    void baselinedFindingsAreSkippedCasesInBothSchemas(String schema) throws Exception {
        CheckResult all = broken();
        // accept every finding of the first file, as `--baseline` would
        var first = all.diagnostics().stream().filter(d -> d.span().file().startsWith("examples/")).toList();
        var rest = all.diagnostics().stream().filter(d -> !first.contains(d)).toList();
        CheckResult baselined = new CheckResult(all.workspace(), rest, dev.waymark.check.Summary.of(3, 3, rest), first);
        String xml = JunitReport.render(baselined, Rules.load(), Policy.defaults(), Fixture.AS_OF);
        validate(schema, xml);
        String suite = xml.substring(xml.indexOf("<testsuite name=\"examples."), xml.indexOf("</testsuite>"));
        assertThat(suite).doesNotContain("<failure").contains("<skipped message=\"1 finding in the baseline\"/>")
                .containsPattern("skipped=\"[1-9]\\d*\"");
    }

    @Test
    void eachSchemaRejectsWhatItForbids() {
        String xml = JunitReport.render(broken(), Rules.load(), Policy.defaults(), Fixture.AS_OF);
        // the old shape: attributes on <testsuites> are Ant-invalid
        assertThatThrownBy(() -> validate("junit-ant.xsd", xml.replace("<testsuites>", "<testsuites name=\"waymark\">")))
                .isInstanceOf(SAXException.class);
        // a suite without its name is invalid for Jenkins
        assertThatThrownBy(() -> validate("junit-jenkins.xsd", xml.replaceFirst("<testsuite name=\"[^\"]*\"", "<testsuite")))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void classNamesSplitIntoFolderAndFileAtTheLastDot() {
        assertThat(JunitReport.ClassName.of("examples/jewelry-shop/purchase.journey"))
                .isEqualTo(new JunitReport.ClassName("examples.jewelry-shop", "purchase"));
        assertThat(JunitReport.ClassName.of("maps/v1.2/gift shop.v2.journey"))
                .isEqualTo(new JunitReport.ClassName("maps.v1_2", "gift_shop_v2"));
        assertThat(JunitReport.ClassName.of("../x/a.journey").qualified()).isEqualTo("x.a");
        assertThat(JunitReport.ClassName.of("top.journey").qualified()).isEqualTo("top");
        String xml = JunitReport.render(broken(), Rules.load(), Policy.defaults(), Fixture.AS_OF);
        assertThat(xml).contains("<testsuite name=\"examples.jewelry-shop.purchase\" package=\"examples.jewelry-shop\" id=\"0\"",
                "classname=\"examples.jewelry-shop.purchase\"", "<property name=\"file\" value=\"examples/jewelry-shop/purchase.journey\"/>");
    }
}
