package dev.waymark.render.portfolio;

import java.util.Optional;

/** How customers feel across some steps: how many rate an emotion, and the mean, lowest and highest score. */
public record Emotions(int steps, int rated, Optional<Double> mean, Optional<Double> min, Optional<Double> max) {

    static final class Tally {
        private int steps;
        private int rated;
        private double sum;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        void add(Optional<Double> score) {
            steps++;
            if (score.isEmpty()) return;
            double s = score.get();
            rated++;
            sum += s;
            min = Math.min(min, s);
            max = Math.max(max, s);
        }

        Emotions done() {
            if (rated == 0) return new Emotions(steps, 0, Optional.empty(), Optional.empty(), Optional.empty());
            return new Emotions(steps, rated, Optional.of(round(sum / rated)), Optional.of(min), Optional.of(max));
        }
    }

    /** Two decimals, half up, so every machine prints the same digits. */
    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
