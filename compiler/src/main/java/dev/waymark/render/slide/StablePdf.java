package dev.waymark.render.slide;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes FOP's PDF the same bytes for the same map: the creation date (the clock) becomes
 * 2000-01-01, and the file identifier (random) becomes a digest of the document. Both are
 * rewritten in place with text of the same length, so the cross-reference offsets stay right.
 */
final class StablePdf {
    private static final Pattern DATE = Pattern.compile("/(CreationDate|ModDate) ?\\(D:(\\d{14})");
    private static final Pattern ID = Pattern.compile("/ID \\[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\\]");

    private StablePdf() {
    }

    static byte[] of(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char and back: binary streams survive
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(text);
        Matcher d = DATE.matcher(text);
        while (d.find()) out.replace(d.start(2), d.end(2), "20000101000000");
        Matcher id = ID.matcher(out);
        if (id.find()) {
            int s1 = id.start(1), e1 = id.end(1), s2 = id.start(2), e2 = id.end(2);
            out.replace(s1, e1, "0".repeat(e1 - s1));
            out.replace(s2, e2, "0".repeat(e2 - s2));
            String digest = digest(out.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.replace(s1, e1, fit(digest, e1 - s1));
            out.replace(s2, e2, fit(digest, e2 - s2));
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String fit(String hex, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) b.append(hex);
        return b.substring(0, length);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
