package dev.waymark.diff;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.waymark.diff.DiffFixtures.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** Any mix of the edits the example tests use: the diff is empty on itself and mirrors when reversed. */
class DiffPropertiesTest {
    private static final List<String[]> EDITS = List.of(
            new String[] {"emotion -2 \"Annoyed\" -> +1", "emotion +1 \"Relieved\" -> +1"},
            new String[] {"    owner @checkout-squad\n    step cart", "    step cart"},
            new String[] {"step cart \"Reviews cart\"", "step basket \"Reviews cart\""},
            new String[] {"    step pay \"Pays\" {", "  }\n  stage payment \"Payment\" {\n    step pay \"Pays\" {"},
            new String[] {"status planned", "status dropped"},
            new String[] {"      pain \"Too many fields\"\n", ""},
            new String[] {"members @dana, @lee", "members @dana, @kim"},
            new String[] {"    step search \"Searches\" { emotion 0 }\n    step product \"Views product\" { emotion +1 }",
                    "    step product \"Views product\" { emotion +1 }\n    step search \"Searches\" { emotion 0 }"},
            new String[] {"review every 90d", "review every 14d"},
            new String[] {"next confirm 90%", "next confirm 80%, cart 20%"},
            new String[] {"    step confirm \"Sees confirmation\" { emotion +2 }\n", ""},
            new String[] {"journey checkout \"Buying jewelry\"", "journey buy \"Buying jewelry\""});

    private static String apply(List<Boolean> chosen) {
        String text = BASE;
        for (int i = 0; i < EDITS.size(); i++) {
            if (chosen.get(i)) text = text.replace(EDITS.get(i)[0], EDITS.get(i)[1]);
        }
        return text;
    }

    @Property(tries = 60)
    void aMapComparedWithItselfHasNoChanges(@ForAll @Size(12) List<Boolean> chosen) {
        String map = apply(chosen);
        assertThat(DiffFixtures.diff(map, map).changes()).isEmpty();
    }

    @Property(tries = 60)
    void reversingTheDiffSwapsAddedAndRemovedAndKeepsEverythingElse(@ForAll @Size(12) List<Boolean> chosen) {
        String after = apply(chosen);
        Map<String, Long> forward = kinds(DiffFixtures.diff(BASE, after));
        Map<String, Long> backward = kinds(DiffFixtures.diff(after, BASE));
        Map<String, Long> mirrored = backward.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().replace("added", "TMP").replace("removed", "added").replace("TMP", "removed"),
                Map.Entry::getValue));
        assertThat(forward).isEqualTo(mirrored);
    }

    private static Map<String, Long> kinds(DiffReport report) {
        return report.changes().stream().collect(Collectors.groupingBy(
                c -> c.element().label() + " " + c.change().label(), Collectors.counting()));
    }
}
