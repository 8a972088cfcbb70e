package dev.waymark.diff;

import dev.waymark.config.Policy;
import dev.waymark.resolve.Workspace;
import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Before/after maps for the diff tests: one base map and textual edits of it. */
final class DiffFixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    static final String BASE = """
            team @checkout-squad "Checkout squad" { members @dana, @lee }
            persona gift-buyer "Gift buyer Gina" {
              role "Marketing manager"
              goal "Find a gift fast"
            }
            journey checkout "Buying jewelry" {
              owner @ecommerce
              reviewed 2026-10-01 by @dana
              review every 90d
              personas gift-buyer
              stage browse "Browse" {
                owner @web
                step search "Searches" { emotion 0 }
                step product "Views product" { emotion +1 }
              }
              stage purchase "Purchase" {
                owner @checkout-squad
                step cart "Reviews cart" { emotion 0 }
                step checkout-form "Fills in the form" {
                  emotion -2 "Annoyed" -> +1
                  pain surprise-shipping "Shipping cost appears only at the end" severity critical
                  pain "Too many fields"
                }
                step pay "Pays" {
                  emotion +1
                  next confirm 90%
                }
                step confirm "Sees confirmation" { emotion +2 }
              }
              opportunity show-shipping "Show shipping early" {
                addresses surprise-shipping
                owner @checkout-squad
                status planned
              }
            }
            """;

    private DiffFixtures() {
    }

    static Workspace workspace(String text) {
        ParseResult parsed = SourceParser.parse("map.journey", text.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.diagnostics()).as("fixture parses").isEmpty();
        return new Workspace(List.of(parsed));
    }

    static DiffReport diff(String before, String after) {
        return WorkspaceDiff.compare(workspace(before), workspace(after), Policy.defaults(), AS_OF);
    }

    /** Each change as "level element id summary", the way the tests spell expectations. */
    static List<String> lines(String before, String after) {
        return diff(before, after).changes().stream().map(DiffFixtures::line).toList();
    }

    static String line(Change c) {
        return c.level().label() + " " + c.element().label() + " " + c.id() + " " + c.summary();
    }

    /** BASE with one literal edit; fails when the text to replace is not there, so a fixture cannot silently stop applying. */
    static String edit(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }
}
