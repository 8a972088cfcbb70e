package dev.waymark.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * `90d`, `6w`, `3m`, `1y`, `20h`: an amount and a unit (h, d, w, m, y). The amount is bounded
 * to a hundred years in any unit, so that adding it to any written date (years 0000..9999) is
 * still a date: a cadence or effort beyond that is a typo, and must be a diagnostic rather
 * than an overflow deep inside a rule.
 */
public record DurationValue(long amount, char unit) {

    /** The bounds, as docs/language.md states them. */
    public static final String LIMITS = "876000h, 36500d, 5200w, 1200m or 100y";

    public DurationValue {
        if (amount < 0 || amount > max(unit)) {
            throw new IllegalArgumentException("a duration of " + amount + unit + " is longer than the 100 years Waymark holds");
        }
    }

    /** The largest amount of a unit: a hundred years of it. */
    public static long max(char unit) {
        return switch (unit) {
            case 'h' -> 876_000;
            case 'd' -> 36_500;
            case 'w' -> 5_200;
            case 'm' -> 1_200;
            case 'y' -> 100;
            default -> throw new IllegalArgumentException("not a duration unit: '" + unit + "' (units are h, d, w, m, y)");
        };
    }

    public static DurationValue parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.length() < 2) throw new IllegalArgumentException("not a duration: '" + text + "'");
        char unit = t.charAt(t.length() - 1);
        if ("hdwmy".indexOf(unit) < 0) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (units are h, d, w, m, y)");
        }
        String digits = t.substring(0, t.length() - 1);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write e.g. 90d, 6w, 3m, 1y)");
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        // compared as text first: 9999999999999999999d does not even fit a long
        if (significant.length() > 7 || Long.parseLong(significant) > max(unit)) {
            throw new IllegalArgumentException("the duration " + Measure.abbreviate(text.trim())
                    + " is longer than Waymark holds (at most 100 years: " + LIMITS + ")");
        }
        return new DurationValue(Long.parseLong(significant), unit);
    }

    public LocalDate addTo(LocalDate date) {
        return shift(date, amount);
    }

    public LocalDate subtractFrom(LocalDate date) {
        return shift(date, -amount);
    }

    private LocalDate shift(LocalDate date, long by) {
        return switch (unit) {
            case 'h' -> date.plusDays(by / 24);
            case 'd' -> date.plusDays(by);
            case 'w' -> date.plusWeeks(by);
            case 'm' -> date.plusMonths(by);
            case 'y' -> date.plusYears(by);
            default -> throw new IllegalStateException("unit " + unit);
        };
    }

    @Override
    public String toString() {
        return amount + String.valueOf(unit);
    }
}
