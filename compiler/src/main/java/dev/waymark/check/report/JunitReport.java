package dev.waymark.check.report;

import dev.waymark.check.CheckResult;
import dev.waymark.check.Rule;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.syntax.ParseResult;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * `--format junit`: one test suite per file, one test case per file and rule that ran, so CI
 * dashboards list every check. Errors and warnings make the case fail; infos pass and are kept
 * in its output. No timestamps or durations: the same input gives the same bytes.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(CheckResult result, Rules rules, Policy policy) {
        TreeSet<String> ran = new TreeSet<>();
        for (Rule r : rules.all()) {
            if (policy.severityOf(r.id(), r.defaultSeverity()).isPresent()) ran.add(r.id());
        }
        result.diagnostics().forEach(d -> ran.add(d.rule()));
        Map<String, Map<String, List<Diagnostic>>> byFile = new LinkedHashMap<>();
        for (ParseResult f : result.workspace().files()) byFile.put(f.source().path(), new LinkedHashMap<>());
        for (Diagnostic d : result.diagnostics()) {
            byFile.computeIfAbsent(d.span().file(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(d.rule(), k -> new ArrayList<>()).add(d);
        }
        int tests = 0, failures = 0;
        for (Map<String, List<Diagnostic>> rulesOfFile : byFile.values()) {
            tests += ran.size();
            for (List<Diagnostic> ds : rulesOfFile.values()) if (failing(ds)) failures++;
        }
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "waymark");
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            for (Map.Entry<String, Map<String, List<Diagnostic>>> file : byFile.entrySet()) {
                suite(xml, file.getKey(), file.getValue(), ran);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report", e);
        }
    }

    private static void suite(XMLStreamWriter xml, String file, Map<String, List<Diagnostic>> found, TreeSet<String> ran)
            throws XMLStreamException {
        long failures = found.values().stream().filter(JunitReport::failing).count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", String.valueOf(ran.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (String rule : ran) {
            List<Diagnostic> ds = found.getOrDefault(rule, List.of());
            xml.writeCharacters("\n    ");
            if (ds.isEmpty()) {
                xml.writeEmptyElement("testcase");
                caseAttributes(xml, file, rule);
                continue;
            }
            xml.writeStartElement("testcase");
            caseAttributes(xml, file, rule);
            xml.writeCharacters("\n      ");
            if (failing(ds)) {
                Severity worst = ds.stream().map(Diagnostic::severity).max(Enum::compareTo).orElseThrow();
                xml.writeStartElement("failure");
                xml.writeAttribute("type", worst.label());
                xml.writeAttribute("message", xmlSafe(ds.size() + (ds.size() == 1 ? " problem: " : " problems, the first: ") + ds.get(0).message()));
            } else {
                xml.writeStartElement("system-out");
            }
            xml.writeCharacters(xmlSafe(lines(ds)));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void caseAttributes(XMLStreamWriter xml, String file, String rule) throws XMLStreamException {
        xml.writeAttribute("classname", file);
        xml.writeAttribute("name", rule);
    }

    private static boolean failing(List<Diagnostic> ds) {
        return ds.stream().anyMatch(d -> d.severity().atLeast(Severity.WARNING));
    }

    /** XML 1.0 cannot carry most control characters, even escaped; a map's text may hold them. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            out.appendCodePoint(allowed ? cp : 0xFFFD);
        });
        return out.toString();
    }

    private static String lines(List<Diagnostic> ds) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : ds) {
            SourceSpan s = d.span();
            out.append(s.file()).append(':').append(s.line()).append(':').append(s.column()).append(": ")
                    .append(d.severity().label()).append(' ').append(d.message());
            d.help().ifPresent(h -> out.append(" (help: ").append(h).append(')'));
            out.append('\n');
        }
        return out.toString();
    }
}
