package dev.waymark.lsp;

import dev.waymark.InputException;
import dev.waymark.check.Rules;
import dev.waymark.config.Policy;
import dev.waymark.config.PolicyLoader;
import dev.waymark.config.Sources;
import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;
import dev.waymark.resolve.Workspace;
import dev.waymark.resolve.WorkspaceLoader;
import dev.waymark.syntax.ParseCache;
import dev.waymark.syntax.ParseResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A workspace folder as Waymark sees it: its `waymark.yaml`, the `.journey` files under its
 * `sources` (else the whole folder), with the open buffers laid over them. Without a root it
 * holds the loose buffers that belong to no folder (checked on their own, default policy).
 */
final class Project {
    private final Optional<Path> root;
    private final ParseCache cache = new ParseCache();

    Project(Optional<Path> root) {
        this.root = root.map(p -> p.toAbsolutePath().normalize());
    }

    Optional<Path> root() {
        return root;
    }

    boolean contains(Path file) {
        return root.isPresent() && file.startsWith(root.get());
    }

    ParseCache cache() {
        return cache;
    }

    /** The display path of a buffer: relative to the root like the CLI's, else the file's or the URI itself. */
    String displayOf(OpenDocument doc) {
        if (root.isPresent() && doc.file().isPresent()) return WorkspaceLoader.display(root.get(), doc.file().get());
        return doc.file().map(Path::toString).orElse(doc.uri());
    }

    /** Reads the policy, finds the files and parses what changed; the buffers win over the disk. */
    Snapshot snapshot(Collection<OpenDocument> buffers, Rules rules) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, String> uris = new HashMap<>();
        Policy policy = root.map(r -> policy(r, rules, problems)).orElse(Policy.defaults());
        TreeMap<String, Path> disk = root.map(r -> discover(r, policy, problems)).orElse(new TreeMap<>());
        Map<String, OpenDocument> open = new HashMap<>();
        for (OpenDocument doc : buffers) open.put(displayOf(doc), doc);
        TreeMap<String, Object> inputs = new TreeMap<>(disk);
        inputs.putAll(open);
        List<ParseResult> parsed = inputs.entrySet().parallelStream().map(e -> {
            if (e.getValue() instanceof OpenDocument doc) {
                return cache.parseBuffer(e.getKey(), doc.text().getBytes(StandardCharsets.UTF_8));
            }
            try {
                return cache.parseFile(e.getKey(), (Path) e.getValue());
            } catch (IOException failed) {
                // deleted or unreadable since discovery: the file is simply not part of this check
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
        cache.retain(inputs.keySet());
        disk.forEach((path, file) -> uris.put(path, file.toUri().toString()));
        open.forEach((path, doc) -> uris.put(path, doc.uri()));
        for (Diagnostic p : problems) uris.putIfAbsent(p.span().file(), root.get().resolve(p.span().file()).toUri().toString());
        return new Snapshot(new Workspace(parsed), policy, uris, problems, cache);
    }

    private static Policy policy(Path root, Rules rules, List<Diagnostic> problems) {
        try {
            return PolicyLoader.load(root, Optional.empty(), rules.ids());
        } catch (InputException | RuntimeException e) {
            // a broken waymark.yaml must not stop the editor: report it on the file and check with the defaults
            Path file = PolicyLoader.locate(root).orElse(root.resolve(PolicyLoader.FILE_NAME));
            problems.add(Diagnostic.of(RuleId.CONFIG, Severity.ERROR, SourceSpan.at(WorkspaceLoader.display(root, file), 1, 1),
                    String.valueOf(e.getMessage())));
            return Policy.defaults();
        }
    }

    private static TreeMap<String, Path> discover(Path root, Policy policy, List<Diagnostic> problems) {
        List<Path> sources = Sources.resolveOr(policy, root, List.of(root));
        try {
            return WorkspaceLoader.discover(sources, root);
        } catch (InputException | UncheckedIOException e) {
            Path file = policy.file().orElse(root.resolve(PolicyLoader.FILE_NAME));
            problems.add(Diagnostic.of(RuleId.CONFIG, Severity.ERROR, SourceSpan.at(WorkspaceLoader.display(root, file), 1, 1),
                    "sources: " + e.getMessage()));
            try {
                return WorkspaceLoader.discover(List.of(root), root);
            } catch (InputException again) {
                return new TreeMap<>();
            }
        }
    }
}
