package dev.waymark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a large, realistic workspace for benchmarks: N journeys of 6 stages x 10 steps, each
 * step with an emotion, thought, pain, metric, evidence and `next` shares, plus teams and
 * personas, one journey per file. The output is valid and passes every structural rule.
 *
 * <p>Usage: {@code WorkspaceGenerator OUT_DIR [JOURNEYS] [STEPS_PER_STAGE]}
 */
public final class WorkspaceGenerator {
    private static final String[] STAGES = {"discover", "consider", "purchase", "receive", "use", "advocate"};
    private static final String[] CHANNELS = {"web", "mobile", "email", "phone", "chat", "store"};

    private WorkspaceGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-workspace");
        int journeys = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int stepsPerStage = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        generate(out, journeys, stepsPerStage);
        System.out.printf(Locale.ROOT, "wrote %d journeys of %d steps to %s%n", journeys, stepsPerStage * STAGES.length, out);
    }

    public static void generate(Path out, int journeys, int stepsPerStage) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("teams.journey"), teams());
        for (int j = 0; j < journeys; j++) {
            Files.writeString(out.resolve(String.format(Locale.ROOT, "journey-%04d.journey", j)), journey(j, stepsPerStage));
        }
    }

    static String teams() {
        StringBuilder sb = new StringBuilder();
        for (String stage : STAGES) {
            sb.append("team @").append(stage).append("-squad \"").append(capitalize(stage)).append(" squad\" {\n")
                    .append("  members @").append(stage).append("-lead, @").append(stage).append("-analyst\n")
                    .append("  escalates-to @cx-leadership\n}\n\n");
        }
        sb.append("team @cx-leadership \"CX leadership\" {\n  members @head-of-cx\n}\n\n");
        sb.append("persona shopper \"Returning shopper\" {\n  age 25..45\n  goal \"Get it done quickly\"\n}\n");
        return sb.toString();
    }

    static String journey(int j, int stepsPerStage) {
        StringBuilder sb = new StringBuilder(48_000);
        String id = String.format(Locale.ROOT, "journey-%04d", j);
        sb.append("// generated for benchmarks\n");
        sb.append("journey ").append(id).append(" \"Generated journey ").append(j).append("\" {\n")
                .append("  description \"\"\"\n    A generated map with ").append(STAGES.length * stepsPerStage).append(" steps.\n  \"\"\"\n")
                .append("  owner @cx-leadership\n  reviewed 2026-10-01 by @head-of-cx\n  review every 90d\n  state current\n")
                .append("  tags generated, benchmark\n  objective \"Keep the journey healthy\"\n  personas shopper\n")
                .append("  metric nps = 31 target 40\n\n");
        int total = STAGES.length * stepsPerStage;
        int n = 0;
        for (String stage : STAGES) {
            sb.append("  stage ").append(stage).append(" \"").append(capitalize(stage)).append("\" {\n")
                    .append("    owner @").append(stage).append("-squad\n    goal \"Move on without friction\"\n");
            for (int s = 0; s < stepsPerStage; s++, n++) {
                sb.append("    step s").append(n).append(" \"Step ").append(n).append(" of ").append(stage).append("\" {\n")
                        .append("      channel ").append(CHANNELS[n % CHANNELS.length]).append("\n      touchpoint external\n")
                        .append("      emotion ").append((n % 7) - 3).append(" \"Feeling ").append(n).append("\" -> +2\n")
                        .append("      thought \"What happens next in step ").append(n).append("?\"\n")
                        .append("      pain p").append(n).append(" \"Waiting too long at step ").append(n).append("\" severity medium category technical\n")
                        .append("      importance customer 4 internal 3\n      performance customer 3 internal 4\n")
                        .append("      metric conversion = ").append(40 + n % 50).append("% target 60%\n")
                        .append("      evidence \"Survey 2026, n=").append(100 + n).append("\"\n");
                if (n + 2 < total) {
                    sb.append("      next s").append(n + 1).append(" 80%, s").append(n + 2).append(" 15%\n      dropoff 5% \"Gives up\"\n");
                }
                sb.append("      x-ticket \"CX-").append(j * 100 + n).append("\"\n    }\n");
            }
            sb.append("  }\n\n");
        }
        sb.append("  opportunity fix-waits \"Shorter waits\" {\n    addresses p1, s2\n    owner @cx-leadership\n")
                .append("    effort 20h\n    due 2027-03-01\n    status planned\n    impact conversion from 40% to 55%\n  }\n}\n");
        return sb.toString();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
