package dev.bscportal.core.book;

import java.awt.geom.Path2D;

/**
 * The path data our drawings write as a shape: the charts' {@code M}, {@code L}, {@code H}, {@code V}, {@code Z} and
 * the maps' (Graphviz's) {@code M} and {@code C} (cubic Bézier), all with absolute coordinates; and a polygon's point
 * list. Any other command, a relative one or a malformed number throws {@link IllegalArgumentException}.
 */
final class ChartPath {

    private ChartPath() {
    }

    static Path2D parse(String d) {
        Path2D.Double path = new Path2D.Double();
        Tokens t = new Tokens(d);
        char command = 0;
        boolean started = false;
        double x = 0;
        double y = 0;
        while (t.skipSpace()) {
            char c = t.peek();
            if (Character.isLetter(c)) {
                command = c;
                t.next();
                if (command == 'Z') {
                    if (!started) {
                        throw new IllegalArgumentException("Z before M");
                    }
                    path.closePath();
                    continue;
                }
            } else if (command == 0 || command == 'Z') {
                throw new IllegalArgumentException("number without command");
            }
            switch (command) {
                case 'M' -> {
                    x = t.number();
                    y = t.number();
                    path.moveTo(x, y);
                    started = true;
                    command = 'L'; // further pairs after M are lines
                }
                case 'L' -> {
                    x = t.number();
                    y = t.number();
                    lineTo(path, started, x, y);
                }
                case 'H' -> {
                    x = t.number();
                    lineTo(path, started, x, y);
                }
                case 'V' -> {
                    y = t.number();
                    lineTo(path, started, x, y);
                }
                case 'C' -> {
                    if (!started) {
                        throw new IllegalArgumentException("curve before M");
                    }
                    double x1 = t.number();
                    double y1 = t.number();
                    double x2 = t.number();
                    double y2 = t.number();
                    x = t.number();
                    y = t.number();
                    path.curveTo(x1, y1, x2, y2, x, y);
                }
                default -> throw new IllegalArgumentException("path command " + command);
            }
        }
        return path;
    }

    /** A polygon's {@code points} (pairs of absolute coordinates), closed as SVG closes it. */
    static Path2D polygon(String points) {
        Path2D.Double path = new Path2D.Double();
        Tokens t = new Tokens(points);
        int pairs = 0;
        while (t.skipSpace()) {
            double x = t.number();
            double y = t.number();
            if (pairs++ == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        if (pairs == 0) {
            throw new IllegalArgumentException("polygon without points");
        }
        path.closePath();
        return path;
    }

    private static void lineTo(Path2D path, boolean started, double x, double y) {
        if (!started) {
            throw new IllegalArgumentException("line before M");
        }
        path.lineTo(x, y);
    }

    /** Numbers and commands of path data, separated by white space or commas. */
    private static final class Tokens {
        private final String d;
        private int at;

        Tokens(String d) {
            this.d = d;
        }

        /** Skips separators; false at the end. */
        boolean skipSpace() {
            while (at < d.length() && (Character.isWhitespace(d.charAt(at)) || d.charAt(at) == ',')) {
                at++;
            }
            return at < d.length();
        }

        char peek() {
            return d.charAt(at);
        }

        void next() {
            at++;
        }

        double number() {
            skipSpace();
            int start = at;
            if (at < d.length() && (d.charAt(at) == '-' || d.charAt(at) == '+')) {
                at++;
            }
            int digits = 0;
            boolean dot = false;
            while (at < d.length() && (Character.isDigit(d.charAt(at)) || (d.charAt(at) == '.' && !dot))) {
                dot |= d.charAt(at) == '.';
                digits += Character.isDigit(d.charAt(at)) ? 1 : 0;
                at++;
            }
            if (digits == 0 || digits > 12) {
                throw new IllegalArgumentException("number at " + start);
            }
            return Double.parseDouble(d.substring(start, at));
        }
    }
}
