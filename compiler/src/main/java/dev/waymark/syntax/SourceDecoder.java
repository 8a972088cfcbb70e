package dev.waymark.syntax;

import dev.waymark.model.Diagnostic;
import dev.waymark.model.RuleId;
import dev.waymark.model.Severity;
import dev.waymark.model.SourceSpan;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or into one `syntax` diagnostic that says where the bytes
 * stop being a journey file: too large, binary (a NUL byte), or not UTF-8. A leading BOM is dropped.
 */
final class SourceDecoder {
    /** Far above any hand-written map (the 60-step benchmark journey is ~40 KB). */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private SourceDecoder() {
    }

    sealed interface Decoded permits Text, Rejected {
    }

    record Text(String text) implements Decoded {
    }

    /** `shown` is what diagnostics quote: the text decoded with replacement characters, or "" for binary. */
    record Rejected(Diagnostic diagnostic, String shown) implements Decoded {
    }

    static Decoded decode(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            // the first line is shown, so that a log or a data dump saved as .journey is recognised at a glance
            Rejected r = reject(path, 1, 1, "this file is " + (bytes.length / (1024 * 1024)) + " MB; journey files may be at most "
                    + (MAX_BYTES / (1024 * 1024)) + " MB", "split the map into several files, one journey each");
            return new Rejected(r.diagnostic(), firstLine(bytes));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = position(bytes, start, i);
                return reject(path, 1, 1, "this looks like a binary file" + kind(bytes, start) + ", not a journey map: it starts with "
                                + hex(bytes, start) + " and has a NUL byte at line " + at[0] + ", column " + at[1],
                        "journey files are UTF-8 text; check that the path names a .journey file");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int[] at = position(bytes, start, bad);
            String shown = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            return new Rejected(reject(path, at[0], at[1], String.format("the file is not valid UTF-8: byte 0x%02X cannot start or continue a character",
                    bytes[bad] & 0xFF), "save the file as UTF-8").diagnostic(), shown);
        }
        decoder.flush(out);
        out.flip();
        return new Text(out.toString());
    }

    /** What a binary file most likely is, from its first bytes: " (a PNG image)", or "". */
    static String kind(byte[] bytes, int start) {
        String head = new String(bytes, start, Math.min(8, bytes.length - start), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u0089PNG")) return " (a PNG image)";
        if (head.startsWith("%PDF")) return " (a PDF document)";
        if (head.startsWith("PK\u0003\u0004")) return " (a ZIP archive, or a Word or Excel file)";
        if (head.startsWith("\u00FF\u00D8\u00FF")) return " (a JPEG image)";
        if (head.startsWith("\u001F\u008B")) return " (a gzip archive)";
        if (head.startsWith("GIF8")) return " (a GIF image)";
        if (head.startsWith("\u00FF\u00FE") || head.startsWith("\u00FE\u00FF")) return " (UTF-16 text; save it as UTF-8)";
        return "";
    }

    /** The first bytes in hex: `89 50 4E 47 0D 0A 1A 0A`. */
    private static String hex(byte[] bytes, int start) {
        StringBuilder out = new StringBuilder();
        for (int i = start; i < Math.min(bytes.length, start + 8); i++) out.append(out.isEmpty() ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
        return out.toString();
    }

    /** The first line of a file, decoded leniently and cut at 200 characters, for the excerpt under a diagnostic. */
    private static String firstLine(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && end < 800 && bytes[end] != '\n' && bytes[end] != '\r') end++;
        String line = new String(bytes, 0, end, StandardCharsets.UTF_8);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** The text with each lone CR (an old Mac line break) as LF: one for one, so offsets stay. */
    static String lineBreaksAsLf(String text) {
        if (text.indexOf('\r') < 0) return text;
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) chars[i] = '\n';
        }
        return new String(chars);
    }

    /** Line and column (in characters) of a byte offset; for lines up to the bad byte the bytes are valid UTF-8. */
    private static int[] position(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new int[] {line, column};
    }

    private static Rejected reject(String path, int line, int column, String message, String help) {
        return new Rejected(Diagnostic.of(RuleId.SYNTAX, Severity.ERROR, SourceSpan.at(path, line, column), message).withHelp(help), "");
    }
}
