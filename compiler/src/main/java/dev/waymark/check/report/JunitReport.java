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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * `--format junit`: one test suite per file, one test case per file and rule that ran, so CI
 * dashboards list every check. Errors and warnings make the case fail; infos pass and are kept
 * in the suite's output. Valid against both the Ant JUnit schema and Jenkins' xUnit schema
 * (test resources `schema/junit-ant.xsd`, `schema/junit-jenkins.xsd`). The timestamp is the
 * as-of day and every time is 0: the same input gives the same bytes.
 */
public final class JunitReport {
    private JunitReport() {
    }

    public static String render(CheckResult result, Rules rules, Policy policy) {
        return render(result, rules, policy, LocalDate.of(1970, 1, 1));
    }

    /** `asOf` is the suite's timestamp (midnight of the day the check judged by): both schemas want one. */
    public static String render(CheckResult result, Rules rules, Policy policy, LocalDate asOf) {
        TreeSet<String> ran = new TreeSet<>();
        for (Rule r : rules.all()) {
            if (policy.severityOf(r.ruleId(), r.defaultSeverity()).isPresent()) ran.add(r.id());
        }
        result.diagnostics().forEach(d -> ran.add(d.rule().id()));
        result.baselined().forEach(d -> ran.add(d.rule().id()));
        // findings a baseline accepts: their case is skipped, not failed
        Map<String, Map<String, Integer>> accepted = new LinkedHashMap<>();
        for (Diagnostic d : result.baselined()) {
            accepted.computeIfAbsent(d.span().file(), k -> new LinkedHashMap<>()).merge(d.rule().id(), 1, Integer::sum);
        }
        Map<String, Map<String, List<Diagnostic>>> byFile = new LinkedHashMap<>();
        for (ParseResult f : result.workspace().files()) byFile.put(f.source().path(), new LinkedHashMap<>());
        for (Diagnostic d : result.diagnostics()) {
            byFile.computeIfAbsent(d.span().file(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(d.rule().id(), k -> new ArrayList<>()).add(d);
        }
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            // the Ant schema allows no attributes here; Jenkins reads the totals from the suites
            xml.writeStartElement("testsuites");
            int id = 0;
            String timestamp = asOf.atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            for (Map.Entry<String, Map<String, List<Diagnostic>>> file : byFile.entrySet()) {
                suite(xml, id++, timestamp, file.getKey(), file.getValue(), accepted.getOrDefault(file.getKey(), Map.of()), ran);
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

    private static void suite(XMLStreamWriter xml, int id, String timestamp, String file, Map<String, List<Diagnostic>> found,
                              Map<String, Integer> accepted, TreeSet<String> ran) throws XMLStreamException {
        long failures = found.values().stream().filter(JunitReport::failing).count();
        long skipped = accepted.keySet().stream().filter(r -> !failing(found.getOrDefault(r, List.of()))).count();
        ClassName name = ClassName.of(file);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name.qualified());
        xml.writeAttribute("package", name.packageName());
        xml.writeAttribute("id", String.valueOf(id));
        xml.writeAttribute("hostname", "localhost");
        xml.writeAttribute("timestamp", timestamp);
        xml.writeAttribute("tests", String.valueOf(ran.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", "file");
        xml.writeAttribute("value", xmlSafe(file));
        xml.writeEndElement();
        List<Diagnostic> passing = new ArrayList<>();
        for (String rule : ran) {
            List<Diagnostic> ds = found.getOrDefault(rule, List.of());
            xml.writeCharacters("\n    ");
            if (!failing(ds)) {
                passing.addAll(ds);
                Integer inBaseline = accepted.get(rule);
                if (inBaseline == null) {
                    xml.writeEmptyElement("testcase");
                    caseAttributes(xml, name, rule);
                } else {
                    xml.writeStartElement("testcase");
                    caseAttributes(xml, name, rule);
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", inBaseline + (inBaseline == 1 ? " finding" : " findings") + " in the baseline");
                    xml.writeEndElement();
                }
                continue;
            }
            xml.writeStartElement("testcase");
            caseAttributes(xml, name, rule);
            xml.writeCharacters("\n      ");
            Severity worst = ds.stream().map(Diagnostic::severity).max(Enum::compareTo).orElseThrow();
            xml.writeStartElement("failure");
            xml.writeAttribute("type", worst.label());
            xml.writeAttribute("message", xmlSafe(ds.size() + (ds.size() == 1 ? " problem: " : " problems, the first: ") + ds.get(0).message()));
            xml.writeCharacters(xmlSafe(lines(ds)));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        // infos pass; the Ant schema has output only per suite, so they are kept there
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(xmlSafe(lines(passing)));
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("system-err");
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void caseAttributes(XMLStreamWriter xml, ClassName name, String rule) throws XMLStreamException {
        xml.writeAttribute("classname", name.qualified());
        xml.writeAttribute("name", rule);
        xml.writeAttribute("time", "0");
    }

    /**
     * A file as a class name CI tools read: Jenkins and others split `classname` at its last
     * dot into package and class, so the folders become the package (`examples.jewelry-shop`),
     * the file name without `.journey` the class (`purchase`), and dots inside a folder or file
     * name become `_` so the split falls where it should. The path itself is a suite property.
     */
    record ClassName(String packageName, String simpleName) {
        static ClassName of(String file) {
            String path = file.replace('\\', '/');
            while (path.startsWith("/")) path = path.substring(1);
            while (path.startsWith("../")) path = path.substring(3);
            if (path.endsWith(".journey")) path = path.substring(0, path.length() - ".journey".length());
            List<String> parts = new ArrayList<>();
            for (String part : path.split("/")) {
                String p = xmlSafe(part).replace('.', '_').replaceAll("\\s+", "_");
                if (!p.isEmpty()) parts.add(p);
            }
            if (parts.isEmpty()) parts.add("journey");
            String simple = parts.remove(parts.size() - 1);
            return new ClassName(parts.isEmpty() ? "(root)" : String.join(".", parts), simple);
        }

        String qualified() {
            return packageName.equals("(root)") ? simpleName : packageName + "." + simpleName;
        }
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
