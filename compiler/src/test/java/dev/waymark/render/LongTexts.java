package dev.waymark.render;

/** A map written to stress the layout: long titles everywhere, huge words, scripts the font lacks. */
final class LongTexts {
    private LongTexts() {
    }

    static String journey() {
        String sentence = "The customer reads the whole terms and conditions page twice because nothing on it says whether "
                + "the ring can be resized for free after delivery, and then calls the shop to ask";
        String word = "Donaudampfschifffahrtsgesellschaftskapitänswitwe".repeat(40);
        String huge = "W".repeat(10_000);
        StringBuilder s = new StringBuilder();
        s.append("team @a-very-long-team-handle-for-the-checkout-experience \"The cross-functional checkout experience squad of the online jewelry shop\" { members @x }\n");
        s.append("persona long-persona \"").append(sentence).append("\" { role \"").append(word, 0, 300).append("\" goal \"")
                .append(sentence).append("\" quote \"").append(word, 0, 200).append("\" }\n");
        s.append("journey long-texts \"").append(sentence).append(' ').append(sentence).append("\" {\n");
        s.append("  owner @a-very-long-team-handle-for-the-checkout-experience\n");
        s.append("  personas long-persona\n");
        s.append("  description \"").append(sentence).append(' ').append(word).append("\"\n");
        s.append("  objective \"").append(sentence).append("\"\n");
        s.append("  tags ").append("a-really-long-tag-name-that-goes-on, ".repeat(12)).append("end\n");
        s.append("  metric a-metric-with-an-extremely-long-name-to-see-how-it-wraps-in-a-small-card = 12345678 target 99999999\n");
        for (int st = 1; st <= 3; st++) {
            s.append("  stage stage").append(st).append(" \"").append(sentence).append("\" {\n");
            s.append("    goal \"").append(word, 0, 500).append("\"\n");
            for (int i = 1; i <= 3; i++) {
                String id = "s" + st + "-" + i;
                s.append("    step ").append(id).append(" \"").append(i == 2 ? huge : sentence).append("\" {\n");
                s.append("      channel a-channel-name-that-is-very-long-indeed\n");
                s.append("      emotion ").append(i == 1 ? "-3" : i == 2 ? "+3" : "0").append(" \"").append(sentence).append("\" -> +2\n");
                s.append("      thought \"").append(sentence).append("\"\n");
                s.append("      thought \"漢字のテキストも折り返す必要があります。漢字のテキストも折り返す必要があります。😀😀😀😀😀😀😀😀😀😀😀😀\"\n");
                s.append("      pain p").append(id).append(" \"").append(word, 0, 400).append("\" severity critical category a-long-category-name\n");
                s.append("      pain \"").append(sentence).append("\" severity low\n");
                s.append("      moment-of-truth \"").append(sentence).append("\"\n");
                s.append("      metric a-metric-with-an-extremely-long-name = 45% target 50%\n");
                s.append("      dropoff 5% \"").append(sentence).append("\"\n");
                if (i == 3) s.append("      lane backstage\n");
                s.append("    }\n");
            }
            s.append("  }\n");
        }
        s.append("  opportunity o1 \"").append(sentence).append("\" { addresses ps1-1, ps2-2, s3-3 owner @a-very-long-team-handle-for-the-checkout-experience impact a-metric-with-an-extremely-long-name from 45% to 50% }\n");
        s.append("}\n");
        return s.toString();
    }
}
