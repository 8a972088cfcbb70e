package dev.waymark.importer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ids for imported names: lower-case ASCII words joined by `-`. Accented Latin letters lose
 * their marks (java.text.Normalizer), a few letters that do not decompose are spelled out
 * (ß, æ, ø, ł, ...); a name with no Latin letters or digits at all (Chinese, Japanese,
 * Cyrillic...) gets a numbered id of its kind (`persona-1`, `step-2`). Ids handed out by one
 * {@link Slugs} never collide: a repeat gets `-2`, `-3`.
 */
final class Slugs {
    private static final Map<Integer, String> SPELLED = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "oe"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"), Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Ł', "l"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'Þ', "th"), Map.entry((int) 'ð', "d"), Map.entry((int) 'ı', "i"), Map.entry((int) '&', " and "));
    private static final int MAX = 48;

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> counters = new java.util.HashMap<>();

    /** A fresh id for a name, of a kind (`journey`, `stage`, `step`, `persona`). */
    String id(String name, String kind) {
        String s = ascii(name);
        if (s.isEmpty()) s = kind + "-" + counters.merge(kind, 1, Integer::sum);
        else if (!Character.isLetter(s.charAt(0))) s = kind + "-" + s;
        if (s.length() > MAX) s = s.substring(0, MAX).replaceAll("-+$", "");
        String candidate = s;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = s.matches(".*-\\d+$") && s.startsWith(kind + "-") && ascii(name).isEmpty()
                    ? kind + "-" + counters.merge(kind, 1, Integer::sum) : s + "-" + n;
        }
        return candidate;
    }

    /** The name in lower-case ASCII letters, digits and single dashes; empty when nothing Latin is left. */
    static String ascii(String name) {
        StringBuilder spelled = new StringBuilder();
        name.codePoints().forEach(cp -> spelled.append(SPELLED.getOrDefault(cp, new String(Character.toChars(cp)))));
        String plain = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
