package dev.waymark.lsp;

import dev.waymark.model.Element;
import dev.waymark.model.Journey;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Pain;
import dev.waymark.model.Step;
import dev.waymark.model.Team;
import dev.waymark.resolve.JourneyIndex;
import dev.waymark.resolve.Target;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion from the words before the cursor on its line and the model around it: property
 * keywords at the start of a line (those valid in the enclosing element), ids after `next`,
 * `addresses` and `persona(s)`, journeys after `expands`, handles after `owner`, and the fixed values of enumerations.
 */
final class Completions {
    /** The properties each element accepts, in the order the language reference lists them. */
    private static final Map<String, List<String>> KEYWORDS = Map.of(
            "file", List.of("journey", "persona", "team"),
            "team", List.of("description", "members", "escalates-to"),
            "persona", List.of("description", "role", "age", "segment", "goal", "frustration", "quote"),
            "journey", List.of("description", "owner", "reviewed", "review every", "state", "tags", "objective", "personas",
                    "metric", "stage", "opportunity"),
            "stage", List.of("description", "owner", "goal", "step"),
            "step", List.of("description", "persona", "channel", "touchpoint", "lane", "owner", "emotion", "thought", "pain",
                    "moment-of-truth", "importance", "performance", "metric", "evidence", "next", "dropoff", "expands"),
            "opportunity", List.of("description", "addresses", "owner", "effort", "due", "status", "impact", "value"));

    private static final Map<String, List<String>> VALUES = Map.of(
            "touchpoint", Step.TOUCHPOINTS, "lane", Step.LANES, "state", Journey.STATES, "status", Opportunity.STATUSES);

    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([a-z][a-z-]*)");
    private static final Pattern PARTIAL = Pattern.compile("[A-Za-z0-9_.@/-]*$");

    private final Workspace ws;
    private final List<Element> around;

    private Completions(Workspace ws, List<Element> around) {
        this.ws = ws;
        this.around = around;
    }

    /**
     * @param current   the file as parsed now
     * @param lastClean its last parse without syntax errors: the element structure while a line is half typed
     */
    static List<CompletionItem> at(Workspace ws, ParseResult current, Optional<ParseResult> lastClean, String text, Position pos) {
        String[] lines = text.split("\n", -1);
        if (pos.getLine() >= lines.length) return List.of();
        String line = lines[pos.getLine()];
        String prefix = line.substring(0, Math.min(pos.getCharacter(), line.length()));
        Matcher partialMatch = PARTIAL.matcher(prefix);
        partialMatch.find();
        String partial = partialMatch.group();
        String head = prefix.substring(0, prefix.length() - partial.length());
        Range replace = new Range(new Position(pos.getLine(), head.length()), new Position(pos.getLine(), prefix.length()));

        Cursor cursor = Cursor.of(pos, current.source());
        List<Element> around = Navigator.enclosing(current.file(), cursor);
        if (around.isEmpty() && lastClean.isPresent()) around = Navigator.enclosing(lastClean.get().file(), Cursor.of(pos, lastClean.get().source()));
        Completions c = new Completions(ws, around);

        Map<String, CompletionItemKind> offers = head.isBlank() ? c.keywords() : c.values(head, partial);
        List<CompletionItem> items = new ArrayList<>();
        for (Map.Entry<String, CompletionItemKind> e : offers.entrySet()) {
            CompletionItem item = new CompletionItem(e.getKey());
            item.setKind(e.getValue());
            item.setTextEdit(Either.forLeft(new TextEdit(replace, e.getKey())));
            items.add(item);
        }
        return items;
    }

    private Map<String, CompletionItemKind> keywords() {
        String kind = around.isEmpty() ? "file" : around.get(around.size() - 1).kind();
        Map<String, CompletionItemKind> out = new LinkedHashMap<>();
        for (String k : KEYWORDS.getOrDefault(kind, List.of())) out.put(k, CompletionItemKind.Keyword);
        return out;
    }

    private Map<String, CompletionItemKind> values(String head, String partial) {
        Map<String, CompletionItemKind> out = new LinkedHashMap<>();
        Matcher first = FIRST_WORD.matcher(head);
        if (!first.find()) return out;
        String keyword = first.group(1);
        String rest = head.substring(first.end());
        Optional<JourneyIndex> journey = journey();
        switch (keyword) {
            case "next" -> {
                int dot = partial.indexOf('.');
                if (dot > 0) {
                    String other = partial.substring(0, dot);
                    ws.index(other).ifPresent(i -> i.ids(Target.Kind.STEP).forEach(id -> out.put(other + "." + id, CompletionItemKind.Reference)));
                } else {
                    journey.ifPresent(i -> i.ids(Target.Kind.STEP).forEach(id -> out.put(id, CompletionItemKind.Reference)));
                    out.put("end", CompletionItemKind.Keyword);
                }
            }
            case "addresses" -> journey.ifPresent(i -> {
                for (Target.Kind kind : List.of(Target.Kind.PAIN, Target.Kind.STEP, Target.Kind.STAGE)) i.ids(kind).forEach(id -> out.put(id, CompletionItemKind.Reference));
            });
            case "persona", "personas" -> {
                if (!around.isEmpty()) ws.personas().keySet().forEach(id -> out.put(id, CompletionItemKind.Reference));
            }
            case "owner", "members", "escalates-to" -> handles(out);
            case "reviewed" -> {
                if (rest.matches(".*\\sby\\s+")) handles(out);
            }
            case "review" -> out.put("every", CompletionItemKind.Keyword);
            case "expands" -> {
                // another journey: a step does not expand the journey it stands in
                String own = around.isEmpty() ? "" : around.get(0) instanceof Journey j ? j.id() : "";
                if (rest.isBlank()) ws.journeys().keySet().stream().filter(id -> !id.equals(own))
                        .forEach(id -> out.put(id, CompletionItemKind.Reference));
            }
            case "value" -> {
                if (rest.isBlank()) out.put("customer", CompletionItemKind.Keyword);
                else if (rest.matches("\\s*customer\\s+\\S+\\s+")) out.put("business", CompletionItemKind.Keyword);
            }
            case "pain" -> {
                if (rest.matches(".*\\sseverity\\s+")) Pain.SEVERITIES.forEach(s -> out.put(s, CompletionItemKind.EnumMember));
            }
            default -> {
                List<String> values = VALUES.get(keyword);
                if (values != null && rest.isBlank()) values.forEach(v -> out.put(v, CompletionItemKind.EnumMember));
            }
        }
        return out;
    }

    /** Team handles first, then their members. */
    private void handles(Map<String, CompletionItemKind> out) {
        for (Team t : ws.teams().values()) out.put(t.handle(), CompletionItemKind.Module);
        for (String h : ws.knownHandles()) out.putIfAbsent(h, CompletionItemKind.Value);
    }

    /** The index of the journey around the cursor, as the workspace has it now. */
    private Optional<JourneyIndex> journey() {
        if (around.isEmpty() || !(around.get(0) instanceof Journey j)) return Optional.empty();
        Optional<JourneyIndex> current = ws.index(j.id());
        return current.isPresent() ? current : Optional.of(ws.index(j));
    }
}
