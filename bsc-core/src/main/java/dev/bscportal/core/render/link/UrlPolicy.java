package dev.bscportal.core.render.link;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a URL written in the strategy may become a link or image source: an allow-list, decided on the
 * URL as a browser would read it. Allowed: relative URLs (a path, {@code ?query} or {@code #anchor}) and the
 * schemes {@code http}, {@code https} and {@code mailto}. Everything else is refused: {@code javascript:},
 * {@code vbscript:}, {@code data:}, {@code file:} and every other scheme, and protocol-relative URLs
 * ({@code //host/...}, {@code \\host}), which leave the site without saying how (opened from {@code file://}
 * they become {@code file://host/...}, a network share).
 *
 * <p>Before deciding, the URL is normalised the way an attacker could hide a scheme from a text filter: HTML
 * character references are decoded (named such as {@code &colon;} {@code &Tab;} {@code &NewLine;}, numeric
 * decimal and hex, with or without the semicolon, with leading zeros), then percent-escapes, repeatedly until
 * nothing changes; ASCII control characters, whitespace and invisible format characters are removed (browsers
 * drop tabs and newlines anywhere in a URL and controls and spaces at its ends); the result is lower-cased.
 * Decoding more than a browser does only ever refuses more, never allows more. Stateless and thread-safe.
 */
public final class UrlPolicy {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern PERCENT = Pattern.compile("(?:%[0-9a-fA-F]{2})+");
    private static final int MAX_ROUNDS = 8;

    private UrlPolicy() {
    }

    /** True when {@code url} may be written into an {@code href} or {@code src}. */
    public static boolean allows(String url) {
        if (url == null) {
            return false;
        }
        String n = normalise(url);
        Matcher scheme = SCHEME.matcher(n);
        if (scheme.find()) {
            return SCHEMES.contains(scheme.group(1));
        }
        // protocol-relative: browsers treat a backslash like a slash in http(s) URLs
        return !(n.startsWith("//") || n.startsWith("\\\\") || n.startsWith("/\\") || n.startsWith("\\/"));
    }

    /**
     * True when {@code url} may be an image source: allowed and relative (a file of the site). An image from
     * {@code http(s)://} would make the reader's browser ask another site for it, and the portal makes no
     * request to another site; such an image is shown as a link instead.
     */
    public static boolean allowsImage(String url) {
        return allows(url) && !SCHEME.matcher(normalise(url)).find();
    }

    /** {@code url} itself when it is allowed, else empty. */
    public static Optional<String> safe(String url) {
        return allows(url) ? Optional.of(url) : Optional.empty();
    }

    /** The URL decoded and stripped as described above, lower-case: what the decision is made on. */
    static String normalise(String url) {
        String s = url;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String decoded = percentDecode(HtmlEntities.decode(s));
            if (decoded.equals(s)) {
                break;
            }
            s = decoded;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !invisible(c)).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean invisible(int c) {
        return c <= 0x20 || (c >= 0x7f && c <= 0xa0) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        Matcher m = PERCENT.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String run = m.group();
            byte[] bytes = new byte[run.length() / 3];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(run.substring(3 * i + 1, 3 * i + 3), 16);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
