package io.netpoldojo.diagram;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the little SVG path language of the cards' icons into a Java 2D path: moves, lines
 * (absolute and relative, with the horizontal and vertical forms), elliptical arcs, and closes.
 */
final class SvgPaths {
    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvAaZz]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private SvgPaths() {}

    static Path2D parse(String d) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            tokens.add(m.group());
        }
        Path2D.Double path = new Path2D.Double();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    path.closePath();
                    x = startX;
                    y = startY;
                }
                continue;
            }
            boolean rel = Character.isLowerCase(command);
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = num(tokens, i) + (rel ? x : 0);
                    y = num(tokens, i + 1) + (rel ? y : 0);
                    path.moveTo(x, y);
                    startX = x;
                    startY = y;
                    i += 2;
                    command = rel ? 'l' : 'L';
                }
                case 'L' -> {
                    x = num(tokens, i) + (rel ? x : 0);
                    y = num(tokens, i + 1) + (rel ? y : 0);
                    path.lineTo(x, y);
                    i += 2;
                }
                case 'H' -> {
                    x = num(tokens, i) + (rel ? x : 0);
                    path.lineTo(x, y);
                    i++;
                }
                case 'V' -> {
                    y = num(tokens, i) + (rel ? y : 0);
                    path.lineTo(x, y);
                    i++;
                }
                case 'A' -> {
                    double rx = num(tokens, i);
                    double ry = num(tokens, i + 1);
                    double rotation = num(tokens, i + 2);
                    boolean large = num(tokens, i + 3) != 0;
                    boolean sweep = num(tokens, i + 4) != 0;
                    double ex = num(tokens, i + 5) + (rel ? x : 0);
                    double ey = num(tokens, i + 6) + (rel ? y : 0);
                    arc(path, x, y, rx, ry, rotation, large, sweep, ex, ey);
                    x = ex;
                    y = ey;
                    i += 7;
                }
                default -> i++;
            }
        }
        return path;
    }

    private static double num(List<String> tokens, int i) {
        return Double.parseDouble(tokens.get(i));
    }

    /** An SVG elliptical arc, by the endpoint-to-centre conversion of the SVG specification (F.6.5). */
    private static void arc(Path2D path, double x1, double y1, double rx, double ry, double angle, boolean large,
                            boolean sweep, double x2, double y2) {
        if (rx == 0 || ry == 0) {
            path.lineTo(x2, y2);
            return;
        }
        double phi = Math.toRadians(angle);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x1 - x2) / 2;
        double dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy;
        double y1p = -sin * dx + cos * dy;
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        double lambda = x1p * x1p / (rx * rx) + y1p * y1p / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = (large == sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
        double cxp = coef * rx * y1p / ry;
        double cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        double cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double start = Math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx);
        double end = Math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx);
        double sweepAngle = end - start;
        if (sweep && sweepAngle < 0) {
            sweepAngle += 2 * Math.PI;
        } else if (!sweep && sweepAngle > 0) {
            sweepAngle -= 2 * Math.PI;
        }
        int steps = (int) Math.max(4, Math.ceil(Math.abs(sweepAngle) / (Math.PI / 16)));
        for (int k = 1; k <= steps; k++) {
            double a = start + sweepAngle * k / steps;
            double px = rx * Math.cos(a);
            double py = ry * Math.sin(a);
            path.lineTo(cos * px - sin * py + cx, sin * px + cos * py + cy);
        }
    }
}
