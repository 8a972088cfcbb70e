package dev.waymark.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer that encodes straight into a growing UTF-8 byte array: the XML writers write
 * character by character, and going through a StringBuilder and then String.getBytes copied
 * every map three times. With a sink, the buffer is a fixed window that is drained into the
 * sink whenever it fills, so a document of any size is written in bounded memory. Not
 * thread-safe; one per document. A lone surrogate (which XmlText never lets through) becomes '?'.
 */
final class Utf8Buffer extends Writer {
    private final OutputStream sink;
    private byte[] buf;
    private int len;
    private char pendingHigh;

    /** In memory: the document is taken with {@link #toByteArray()}. */
    Utf8Buffer(int capacity) {
        this(capacity, null);
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
        if (sink == null) ensure(n * 3);
        for (int i = off; i < off + n; i++) put(chars[i]);
    }

    @Override
    public void write(String s, int off, int n) throws IOException {
        if (sink == null) ensure(n * 3);
        for (int i = off; i < off + n; i++) put(s.charAt(i));
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
