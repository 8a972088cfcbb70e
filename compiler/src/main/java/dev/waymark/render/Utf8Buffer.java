package dev.waymark.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer that encodes straight into a growing UTF-8 byte array: the XML writers write
 * character by character, and going through a StringBuilder and then String.getBytes copied
 * every map three times. With a sink, the buffer is a fixed window that is drained into the
 * sink whenever it fills, so a document of any size is written in bounded memory. A run of
 * ASCII (nearly all of a map) is copied in one tight loop. Not thread-safe; one per document.
 * A lone surrogate (which XmlText never lets through) becomes '?'.
 */
final class Utf8Buffer extends Writer {
    private static final byte[] AMP = {'&', 'a', 'm', 'p', ';'};
    private static final byte[] LT = {'&', 'l', 't', ';'};
    private static final byte[] GT = {'&', 'g', 't', ';'};
    private static final byte[] QUOT = {'&', 'q', 'u', 'o', 't', ';'};
    private final OutputStream sink;
    private byte[] buf;
    private int len;
    private char pendingHigh;

    /** In memory: the document is taken with {@link #toByteArray()}. */
    Utf8Buffer(int capacity) {
        this.sink = null;
        buf = new byte[Math.max(64, capacity)];
    }

    /** Streaming into `sink` (which the caller closes) through a buffer of `capacity` bytes. */
    Utf8Buffer(int capacity, OutputStream sink) {
        this.sink = sink;
        buf = new byte[Math.max(64, capacity)];
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int n) throws IOException {
        int end = off + n;
        int i = off;
        while (i < end) {
            if (pendingHigh == 0 && chars[i] < 0x80) {
                // a run of ASCII, one byte each, as far as the buffer has room
                int stop = Math.min(end, i + room(end - i));
                do {
                    buf[len++] = (byte) chars[i++];
                } while (i < stop && chars[i] < 0x80);
            } else {
                put(chars[i++]);
            }
        }
    }

    @Override
    public void write(String s, int off, int n) throws IOException {
        int end = off + n;
        int i = off;
        while (i < end) {
            if (pendingHigh == 0 && s.charAt(i) < 0x80) {
                int stop = Math.min(end, i + room(end - i));
                do {
                    buf[len++] = (byte) s.charAt(i++);
                } while (i < stop && s.charAt(i) < 0x80);
            } else {
                put(s.charAt(i++));
            }
        }
    }

    /**
     * Text as XML escapes it: `&`, `<` and `>` always, `"` too when `quotes` (an attribute value);
     * everything else as it is (XmlText has already dropped what XML forbids).
     */
    void escaped(String s, boolean quotes) throws IOException {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80 || pendingHigh != 0) {
                put(c);
                i++;
                continue;
            }
            // an entity takes up to 6 bytes
            int stop = Math.min(n, i + room((int) Math.min(6L * (n - i), 1 << 20)) / 6);
            if (stop == i) {
                ensure(6);
                continue;
            }
            while (i < stop) {
                c = s.charAt(i);
                if (c >= 0x80) break;
                switch (c) {
                    case '&' -> entity(AMP);
                    case '<' -> entity(LT);
                    case '>' -> entity(GT);
                    case '"' -> {
                        if (quotes) entity(QUOT);
                        else buf[len++] = '"';
                    }
                    default -> buf[len++] = (byte) c;
                }
                i++;
            }
        }
    }

    private void entity(byte[] bytes) {
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    /** Room for at least one byte and up to `wanted`: grows the buffer in memory, drains it when streaming. */
    private int room(int wanted) throws IOException {
        if (sink == null) ensure(wanted);
        else if (len == buf.length) drain();
        return buf.length - len;
    }

    private void put(char c) throws IOException {
        if (c < 0x80 && pendingHigh == 0) {
            ensure(1);
            buf[len++] = (byte) c;
            return;
        }
        ensure(4);
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[len++] = '?';
        }
        if (c < 0x80) {
            buf[len++] = (byte) c;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xC0 | (c >> 6));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[len++] = '?';
        } else {
            buf[len++] = (byte) (0xE0 | (c >> 12));
            buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) throws IOException {
        if (len + more <= buf.length) return;
        if (sink != null) {
            drain();
        } else {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private void drain() throws IOException {
        sink.write(buf, 0, len);
        len = 0;
    }

    byte[] toByteArray() {
        if (sink != null) throw new IllegalStateException("a streamed document has no bytes to take");
        if (pendingHigh != 0) {
            if (len == buf.length) buf = Arrays.copyOf(buf, len + 1);
            buf[len++] = '?';
            pendingHigh = 0;
        }
        return Arrays.copyOf(buf, len);
    }

    /** Streaming: everything written so far goes to the sink (a high surrogate waits for its pair). */
    @Override
    public void flush() throws IOException {
        if (sink == null) return;
        drain();
        sink.flush();
    }

    @Override
    public void close() throws IOException {
        if (sink == null) return;
        if (pendingHigh != 0) {
            ensure(1);
            buf[len++] = '?';
            pendingHigh = 0;
        }
        flush();
    }
}
