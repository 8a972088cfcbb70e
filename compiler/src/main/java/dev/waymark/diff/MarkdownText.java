package dev.waymark.diff;

/**
 * Safe GitHub Markdown from user text. Free text (titles) has Markdown and HTML specials
 * escaped and `@` defused, so a map's title cannot format, inject HTML or mention a team in a
 * pull-request comment. Values go into code spans (which GitHub never turns into mentions)
 * with a fence longer than any backtick run inside; pipes are escaped everywhere because
 * GitHub splits table cells before it parses code spans.
 */
final class MarkdownText {
    /** Long values are cut in tables; the JSON report keeps them whole. */
    static final int MAX_VALUE = 160;

    private MarkdownText() {
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder();
        String flat = flat(s);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '@':
                    // a zero-width space after @ keeps GitHub from notifying a user or team
                    out.append("@\u200b");
                    break;
                case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '~': case '!':
                    out.append('\\').append(c);
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    static String code(String s) {
        String flat = flat(s);
        if (flat.length() > MAX_VALUE) flat = flat.substring(0, MAX_VALUE - 1) + "…";
        int longest = 0;
        int run = 0;
        for (char c : flat.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank();
        String body = (pad ? " " + flat + " " : flat).replace("|", "\\|");
        return fence + body + fence;
    }

    /** Line breaks would end a table row. */
    private static String flat(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').replace("\n", " ↵ ");
    }
}
