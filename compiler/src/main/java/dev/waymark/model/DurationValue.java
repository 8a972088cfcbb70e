package dev.waymark.model;

import java.time.LocalDate;
import java.util.Locale;

/** `90d`, `6w`, `3m`, `1y`, `20h`: an amount and a unit (h, d, w, m, y). */
public record DurationValue(long amount, char unit) {

    public static DurationValue parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.length() < 2) throw new IllegalArgumentException("not a duration: '" + text + "'");
        char unit = t.charAt(t.length() - 1);
        if ("hdwmy".indexOf(unit) < 0) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (units are h, d, w, m, y)");
        }
        String digits = t.substring(0, t.length() - 1);
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write e.g. 90d, 6w, 3m, 1y)");
        }
        return new DurationValue(Long.parseLong(digits), unit);
    }

    public LocalDate addTo(LocalDate date) {
        return switch (unit) {
            case 'h' -> date.plusDays(amount / 24);
            case 'd' -> date.plusDays(amount);
            case 'w' -> date.plusWeeks(amount);
            case 'm' -> date.plusMonths(amount);
            case 'y' -> date.plusYears(amount);
            default -> throw new IllegalStateException("unit " + unit);
        };
    }

    public LocalDate subtractFrom(LocalDate date) {
        return new DurationValue(-amount, unit).addTo(date);
    }

    @Override
    public String toString() {
        return amount + String.valueOf(unit);
    }
}
