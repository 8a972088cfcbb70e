package dev.waymark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documentation and comments point only at files that exist: every relative Markdown link of the
 * README and docs/, and every document (`RULES.md`, `docs/rules.md`) a source file, grammar, example or doc names.
 */
class DocsLinksTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)]*)?\\)");
    /** A document by name (`RULES.md`, `docs/rules.md`); lower-case names elsewhere are output files (`diff.md`). */
    private static final Pattern MD_NAME = Pattern.compile("(?<![\\w/.-])((?:\\.\\./)*(?:docs/[\\w-]+|[A-Z][A-Z_-]*)\\.md)\\b");

    @Test
    void relativeMarkdownLinksResolve() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path md : markdown()) {
            Matcher m = LINK.matcher(Files.readString(md));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) continue;
                if (!Files.exists(md.getParent().resolve(target))) broken.add(ROOT.relativize(md) + " -> " + target);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyMarkdownFileNamedInTheRepositoryExists() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(ROOT)) {
            files = all.filter(Files::isRegularFile).filter(DocsLinksTest::searched).toList();
        }
        for (Path f : files) {
            Matcher m = MD_NAME.matcher(Files.readString(f));
            while (m.find()) {
                String name = m.group(1);
                boolean found = Stream.of(ROOT, ROOT.resolve("docs"), f.getParent()).anyMatch(base -> Files.exists(base.resolve(name)));
                if (!found) missing.add(ROOT.relativize(f) + ": " + name);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> markdown() throws IOException {
        List<Path> out = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    private static boolean searched(Path p) {
        String rel = ROOT.relativize(p).toString().replace('\\', '/');
        if (rel.startsWith(".") || rel.contains("/target/") || rel.contains("node_modules/") || rel.contains("/.")) return false;
        // this test names documents that must not exist, as examples
        if (rel.endsWith("/DocsLinksTest.java")) return false;
        return rel.matches(".*\\.(java|g4|md|yaml|yml|journey)$") && !rel.startsWith("compiler/src/test/resources/fuzz");
    }
}
