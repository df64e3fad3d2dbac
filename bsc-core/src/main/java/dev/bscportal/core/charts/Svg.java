package dev.bscportal.core.charts;

import dev.bscportal.core.text.Xml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Escaping and number formatting shared by the charts, so every chart writes the same well-formed XML. */
public final class Svg {

    /** The namespace declarations of every chart's root element. */
    static final String NAMESPACES = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private Svg() {
    }

    /** Text content escaped for XML; characters XML 1.0 cannot carry (controls, lone surrogates) are dropped. */
    public static String text(String raw) {
        return Xml.text(raw);
    }

    /** An attribute value escaped for XML (double or single quoted). */
    public static String attr(String raw) {
        return Xml.attribute(raw);
    }

    /** A coordinate: at most two decimals, no trailing zeros, never "-0", never exponent notation. */
    public static String num(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long hundredths = scaledHalfUp(Math.abs(value), 100);
        if (hundredths == 0) {
            return "0";
        }
        if (hundredths > 0) {
            StringBuilder out = new StringBuilder(12);
            if (value < 0) {
                out.append('-');
            }
            out.append(hundredths / 100);
            long fraction = hundredths % 100;
            if (fraction != 0) {
                out.append('.').append(fraction / 10);
                if (fraction % 10 != 0) {
                    out.append(fraction % 10);
                }
            }
            return out.toString();
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    /** A value for people to read, with a fixed number of decimals (0-6). */
    public static String value(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        int d = Math.max(0, Math.min(6, decimals));
        long scale = POWERS_OF_TEN[d];
        long scaled = Double.isFinite(value) ? scaledHalfUp(Math.abs(value), scale) : -1;
        if (scaled >= 0) {
            StringBuilder out = new StringBuilder(16);
            if (value < 0 && scaled != 0) {
                out.append('-');
            }
            out.append(scaled / scale);
            if (d > 0) {
                String fraction = Long.toString(scaled % scale);
                out.append('.');
                for (int i = fraction.length(); i < d; i++) {
                    out.append('0');
                }
                out.append(fraction);
            }
            return out.toString();
        }
        String s = String.format(Locale.ROOT, "%." + d + "f", value);
        return isNegativeZero(s) ? s.substring(1) : s;
    }

    /** A value with as many decimals as it needs, up to {@code maxDecimals}: 2.5, 100, -0.25. */
    static String compact(double value, int maxDecimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(Math.max(0, maxDecimals), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** How many of at most {@code maxDecimals} decimals {@code value} needs: 1 for 87.5, 0 for 90 (trailing zeros dropped). */
    static int decimalsNeeded(double value, int maxDecimals) {
        if (!Double.isFinite(value)) {
            return 0;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(Math.max(0, maxDecimals), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return Math.max(0, rounded.scale());
    }

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /**
     * {@code abs * scale} rounded half up, as BigDecimal.valueOf(abs).setScale(..., HALF_UP) and String.format
     * round (both round the shortest decimal form of the double), computed in long arithmetic; -1 where that could
     * differ: values near a tie (x.xx5 may be stored as x.xx4999...) or too large for exact long arithmetic. Charts
     * format tens of thousands of numbers per page set; the decimal classes were a tenth of rendering.
     */
    private static long scaledHalfUp(double abs, long scale) {
        double scaled = abs * scale;
        if (!(scaled < 1e8)) {
            return -1;
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return -1;
        }
        return (long) floor + (fraction > 0.5 ? 1 : 0);
    }

    private static boolean isNegativeZero(String s) {
        if (!s.startsWith("-")) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * An id made of the caller's prefix and a suffix. Characters that cannot appear in an XML id become
     * '-'; a prefix that does not start with a letter gets "c-" in front.
     */
    public static String id(String prefix, String suffix) {
        String raw = (prefix == null || prefix.isBlank() ? "chart" : prefix) + "-" + suffix;
        StringBuilder out = new StringBuilder(raw.length() + 2);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            out.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    ? c : '-');
        }
        char first = out.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_')) {
            out.insert(0, "c-");
        }
        return out.toString();
    }

    /** A CSS class token from an id such as a status id: lower case letters, digits and '-' only. */
    static String classToken(String raw) {
        if (raw == null || raw.isBlank()) {
            return "none";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ? c : '-');
        }
        return out.toString();
    }

    /** Text shortened to {@code max} characters (code points) with an ellipsis. */
    static String shorten(String raw, int max) {
        if (raw == null) {
            return "";
        }
        int count = raw.codePointCount(0, raw.length());
        if (count <= max) {
            return raw;
        }
        int end = raw.offsetByCodePoints(0, Math.max(1, max - 1));
        return raw.substring(0, end).stripTrailing() + "…";
    }

    /** Replaces {name} placeholders in a template; unknown placeholders stay as written. */
    static String fill(String template, String... namesAndValues) {
        String out = template == null ? "" : template;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out = out.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return out;
    }
}
