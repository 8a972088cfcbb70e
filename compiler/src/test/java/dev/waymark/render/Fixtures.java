package dev.waymark.render;

import dev.waymark.config.Policy;
import dev.waymark.model.Journey;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Workspaces for render tests: the rich sample, the examples when present, or text. */
final class Fixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final Path SAMPLE_DIR = Paths.get("src/test/resources/render");

    private Fixtures() {
    }

    static Workspace workspace(String... texts) {
        List<ParseResult> files = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(SourceParser.parse("t" + i + ".journey", texts[i].getBytes(StandardCharsets.UTF_8)));
        }
        return new Workspace(files);
    }

    static Workspace sample() throws Exception {
        return WorkspaceLoader.load(List.of(SAMPLE_DIR), Paths.get(""));
    }

    /** The repository's examples/ folder, when this branch has one. */
    static List<Path> exampleDirs() {
        Path examples = Paths.get("../examples");
        return Files.isDirectory(examples) ? List.of(examples) : List.of();
    }

    static JourneyView view(Workspace ws, String id) {
        Journey j = ws.journeys().get(id);
        if (j == null) throw new IllegalArgumentException("no journey " + id);
        return new JourneyView(ws, j, Policy.defaults(), AS_OF);
    }

    static JourneyView view(String text) {
        Workspace ws = workspace(text);
        return new JourneyView(ws, ws.allJourneys().get(0), Policy.defaults(), AS_OF);
    }
}
