package dev.waymark.model;

import java.util.Objects;

/**
 * A number or a percentage as written (`31`, `12.5%`, `-2`); `text` keeps the original spelling.
 * The value is always finite: a number of more digits than a double holds exactly is not read
 * into a Measure at all (see {@link #parse}), so no rendering ever meets NaN or Infinity.
 */
public final class Measure extends Spanned {
    private final double value;
    private final boolean percent;
    private final String text;

    /** A double holds 15 significant decimal digits exactly; more would not round-trip. */
    public static final int MAX_DIGITS = 15;

    public Measure(double value, boolean percent, String text, SourceSpan span) {
        super(span);
        if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + text);
        this.value = value;
        this.percent = percent;
        this.text = text;
    }

    public double value() {
        return value;
    }

    public boolean percent() {
        return percent;
    }

    /** The spelling as written. */
    public String text() {
        return text;
    }

    /**
     * Reads `31`, `-2.5` or `12.5%`; a number with more than {@link #MAX_DIGITS} digits is refused
     * with a sentence that says so (the caller turns it into an `invalid-value` diagnostic).
     */
    public static Measure parse(String text, SourceSpan span) {
        boolean percent = text.endsWith("%");
        String number = percent ? text.substring(0, text.length() - 1) : text;
        String unsigned = number.startsWith("-") || number.startsWith("+") ? number.substring(1) : number;
        int dot = unsigned.indexOf('.');
        int wholeEnd = dot < 0 ? unsigned.length() : dot;
        int leadingZeros = 0;
        while (leadingZeros < wholeEnd && unsigned.charAt(leadingZeros) == '0') leadingZeros++;
        int digits = wholeEnd - leadingZeros + (dot < 0 ? 0 : unsigned.length() - dot - 1);
        if (digits > MAX_DIGITS) {
            throw new IllegalArgumentException((percent ? "the percentage " : "the number ") + abbreviate(text)
                    + " has " + digits + " digits; Waymark holds numbers of at most " + MAX_DIGITS + " digits");
        }
        return new Measure(Double.parseDouble(number), percent, text, span);
    }

    /** A long value cut to `1000000000000000…`, so a message stays one readable line. */
    public static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 16) + "…";
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Measure m && Double.compare(value, m.value) == 0 && percent == m.percent
                && Objects.equals(text, m.text) && sameSpan(m);
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(value) * 31 + Boolean.hashCode(percent)) * 31 + Objects.hashCode(text)) * 31 + spanHash();
    }

    @Override
    public String toString() {
        return text;
    }
}
