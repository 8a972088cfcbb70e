package dev.waymark.render;

import java.util.List;

import static dev.waymark.render.Xml.num;

/**
 * A smooth SVG path through points with increasing x: monotone cubic interpolation
 * (Fritsch-Carlson), which never overshoots, so a curve through scores in -3..+3 stays inside
 * the chart and a flat stretch stays flat.
 */
public final class EmotionCurve {
    private EmotionCurve() {
    }

    public record Point(double x, double y) {
    }

    public static String path(List<Point> points) {
        int n = points.size();
        if (n == 0) return "";
        StringBuilder d = new StringBuilder("M").append(num(points.get(0).x())).append(' ').append(num(points.get(0).y()));
        if (n == 1) return d.toString();
        double[] dx = new double[n - 1];
        double[] slope = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            dx[i] = points.get(i + 1).x() - points.get(i).x();
            slope[i] = (points.get(i + 1).y() - points.get(i).y()) / dx[i];
        }
        double[] m = new double[n];
        m[0] = slope[0];
        m[n - 1] = slope[n - 2];
        for (int i = 1; i < n - 1; i++) {
            m[i] = slope[i - 1] * slope[i] <= 0 ? 0 : (slope[i - 1] + slope[i]) / 2;
        }
        for (int i = 0; i < n - 1; i++) {
            if (slope[i] == 0) {
                m[i] = 0;
                m[i + 1] = 0;
                continue;
            }
            double a = m[i] / slope[i];
            double b = m[i + 1] / slope[i];
            double s = a * a + b * b;
            if (s > 9) {
                double t = 3 / Math.sqrt(s);
                m[i] = t * a * slope[i];
                m[i + 1] = t * b * slope[i];
            }
        }
        for (int i = 0; i < n - 1; i++) {
            Point p = points.get(i);
            Point q = points.get(i + 1);
            double h = dx[i] / 3;
            d.append('C').append(num(p.x() + h)).append(' ').append(num(p.y() + m[i] * h))
                    .append(' ').append(num(q.x() - h)).append(' ').append(num(q.y() - m[i + 1] * h))
                    .append(' ').append(num(q.x())).append(' ').append(num(q.y()));
        }
        return d.toString();
    }
}
