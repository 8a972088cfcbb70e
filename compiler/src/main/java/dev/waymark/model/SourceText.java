package dev.waymark.model;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The decoded text of one file, with its display path (relative to the working directory,
 * `/`-separated) and an index of line starts so diagnostics can quote the source line.
 *
 * <p>A file read from disk for a whole workspace ({@link #rereadable}) holds its text only softly:
 * once parsed, a file is read again only for the quote of a diagnostic, so under memory pressure
 * (1,000 journeys are 32 MB of text) the collector may drop the texts, and a text asked for again
 * is read again from disk. A file that changed on disk since is not quoted: its lines read blank.
 */
public final class SourceText {
    private final String path;
    private final int[] lineStarts;
    private final SourceLines lines;
    /** The text, held; null for a rereadable one. */
    private final String held;
    private final Supplier<Optional<String>> reread;
    private final int length;
    private final int hash;
    private volatile SoftReference<String> soft;

    public SourceText(String path, String text) {
        this.path = path;
        this.held = text;
        this.reread = null;
        this.length = text.length();
        this.hash = 0;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            surrogates |= Character.isSurrogate(c);
            // LF, CRLF and a lone CR each end a line
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        // the spans count code points; without surrogate pairs those are the chars, and the starts are shared
        this.lines = surrogates ? SourceLines.of(path, text) : new SourceLines(path, lineStarts);
    }

    private SourceText(SourceText of, Supplier<Optional<String>> reread) {
        this.path = of.path;
        this.lineStarts = of.lineStarts;
        this.lines = of.lines;
        this.held = null;
        this.reread = reread;
        this.length = of.length;
        this.hash = of.held.hashCode();
        this.soft = new SoftReference<>(of.held);
    }

    /**
     * The same text held softly: `reread` reads the file again (empty when it cannot be read). The
     * file's spans keep only its {@link #lines()}, so after a parse nothing else holds the text.
     */
    public SourceText rereadable(Supplier<Optional<String>> reread) {
        return held == null ? this : new SourceText(this, reread);
    }

    public String path() {
        return path;
    }

    public String text() {
        if (held != null) return held;
        String text = soft.get();
        if (text == null) {
            // read again; a file that no longer holds the text it was parsed from is shown blank, never another text
            text = reread.get().filter(t -> t.length() == length && t.hashCode() == hash).orElseGet(this::blank);
            soft = new SoftReference<>(text);
        }
        return text;
    }

    /** What the collector does to a rereadable text under memory pressure (for tests). */
    void dropText() {
        if (held == null) soft = new SoftReference<>(null);
    }

    /** The text's shape without its words: each line as many spaces long, the same line breaks. */
    private String blank() {
        char[] chars = new char[length];
        Arrays.fill(chars, ' ');
        for (int i = 1; i < lineStarts.length; i++) chars[lineStarts[i] - 1] = '\n';
        return new String(chars);
    }

    /** The file's line starts in code points, which its spans share. */
    public SourceLines lines() {
        return lines;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Where a 1-based line starts and ends (before its line break), as character offsets; [0, 0] past the end. */
    public int[] lineBounds(int line) {
        if (line < 1 || line > lineStarts.length) return new int[] {0, 0};
        String text = text();
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return new int[] {start, Math.max(start, end)};
    }

    /** The 1-based line without its line break, or "" past the end. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int[] bounds = lineBounds(line);
        return text().substring(bounds[0], bounds[1]);
    }
}
