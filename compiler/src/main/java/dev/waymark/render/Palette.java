package dev.waymark.render;

import dev.waymark.model.Pain;
import dev.waymark.model.PainSeverity;

/**
 * Colours of the map, from the Okabe-Ito palette that people with any common colour-vision
 * deficiency can tell apart. Colour is never the only cue: emotion markers carry their score,
 * pains their severity in words and bars, review badges an icon and a word.
 */
public final class Palette {
    public static final String INK = "#1a1a1a";
    public static final String MUTED = "#555555";
    public static final String RULE = "#d0d5db";
    public static final String BAND = "#f5f7fa";
    public static final String CARD_STROKE = "#9aa5b1";

    public static final String BLUE = "#0072B2";
    public static final String SKY = "#56B4E9";
    public static final String GREEN = "#009E73";
    public static final String YELLOW = "#F0E442";
    public static final String ORANGE = "#E69F00";
    public static final String VERMILLION = "#D55E00";
    public static final String PURPLE = "#CC79A7";

    /** A darker vermillion for text on white (4.9:1). */
    public static final String VERMILLION_TEXT = "#A44800";
    public static final String GREEN_TEXT = "#00704F";

    // neutrals, from darkest to lightest
    public static final String INK_STRONG = "#111111";
    public static final String THOUGHT_INK = "#222222";
    public static final String INK_SOFT = "#333333";
    public static final String CURVE = "#3d3d3d";
    public static final String BLUEPRINT_LINE = "#444444";
    public static final String BAR_STROKE = "#5c5c5c";
    public static final String GREY = "#666666";
    public static final String ZERO_LINE = "#8a8a8a";
    public static final String BAR_EMPTY = "#9a9a9a";
    public static final String SUPPORT_STROKE = "#b5b5b5";
    public static final String OWNER_STROKE = "#c9d1db";
    public static final String CHIP_STROKE = "#d5dbe3";
    public static final String THOUGHT_STROKE = "#d9dde3";
    public static final String SCALE_LINE = "#dddddd";
    public static final String TRACK = "#e4e7eb";
    public static final String LIGHT_GREY = "#eeeeee";
    public static final String CHIP = "#eef1f5";
    public static final String THOUGHT = "#f1f3f6";
    public static final String SUPPORT = "#f4f4f4";
    public static final String PANEL = "#f7f8fa";
    public static final String BACKSTAGE = "#fafafa";
    public static final String WHITE = "#ffffff";

    // tints and shades of the hues above
    /** Secondary text on a blue stage header. */
    public static final String ON_BLUE = "#e6f1f8";
    public static final String POSITIVE_BAND = "#eef5fb";
    public static final String NEGATIVE_BAND = "#fdf3e8";
    public static final String SKY_TINT = "#eef7fd";
    public static final String YELLOW_TINT = "#fdfbe3";
    public static final String ORANGE_TINT = "#fdf3e0";
    public static final String VERMILLION_TINT = "#fbe7da";
    public static final String GREEN_TINT = "#eef8f4";
    public static final String CURRENT_TINT = "#dff3ec";
    public static final String DUE_SOON_TINT = "#fcf6c2";
    /** A darker yellow that reads as an outline on white. */
    public static final String DUE_SOON = "#a89a00";
    public static final String STALE_TINT = "#fbe3d4";
    public static final String PURPLE_TINT = "#fbeff6";
    /** The outline of a purple star. */
    public static final String PURPLE_SHADE = "#7a3d63";

    private Palette() {
    }

    /** Diverging: vermillion for -3 through grey at 0 to blue for +3; fractional scores round. */
    public static String emotion(double score) {
        int s = (int) Math.round(Math.max(-3, Math.min(3, score)));
        return switch (s) {
            case -3 -> VERMILLION;
            case -2 -> ORANGE;
            case -1 -> "#F5CD79";
            case 0 -> "#C8C8C8";
            case 1 -> "#A6D6F2";
            case 2 -> SKY;
            default -> BLUE;
        };
    }

    /** Text colour on an emotion marker: white only on the darkest blue. */
    public static String onEmotion(double score) {
        return Math.round(score) >= 3 ? "#ffffff" : INK;
    }

    /** Pain severity, rising from sky blue to vermillion (a pain counts as {@link Pain#severityOrMedium()}). */
    public static String severity(PainSeverity severity) {
        return switch (severity) {
            case LOW -> SKY;
            case MEDIUM -> YELLOW;
            case HIGH -> ORANGE;
            case CRITICAL -> VERMILLION;
        };
    }

    public static String severityTint(PainSeverity severity) {
        return switch (severity) {
            case LOW -> SKY_TINT;
            case MEDIUM -> YELLOW_TINT;
            case HIGH -> ORANGE_TINT;
            case CRITICAL -> VERMILLION_TINT;
        };
    }
}
