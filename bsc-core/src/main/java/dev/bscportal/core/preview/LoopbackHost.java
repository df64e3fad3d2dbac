package dev.bscportal.core.preview;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a {@code Host} or {@code Origin} names this preview server by a loopback name, so that a web
 * page served from another name cannot read the preview through DNS rebinding (its requests carry its own host
 * name, even when that name resolves to 127.0.0.1). Accepted, case-insensitively: {@code localhost} and
 * {@code localhost.}, a dotted-decimal {@code 127.x.y.z} without leading zeros, and {@code [::1]}; each without a
 * port or with the server's port. Everything else is refused, including {@code *.localhost}, {@code 0.0.0.0},
 * octal or hexadecimal spellings of 127.0.0.1, user info and more than one port.
 */
final class LoopbackHost {

    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]*\\]|[^:\\[\\]]+)(?::([0-9]{1,5}))?");
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");

    private LoopbackHost() {
    }

    /** True when {@code host} (a Host header value) is a loopback name with no port or with {@code port}. */
    static boolean accepts(String host, int port) {
        if (host == null) {
            return false;
        }
        Matcher m = HOST_PORT.matcher(host.trim());
        if (!m.matches()) {
            return false;
        }
        if (m.group(2) != null && !m.group(2).equals(Integer.toString(port))) {
            return false;
        }
        return isLoopbackName(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** True when {@code origin} (an Origin header value) is {@code http://} and a loopback host as above. */
    static boolean acceptsOrigin(String origin, int port) {
        String prefix = "http://";
        if (origin == null || !origin.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        String authority = origin.substring(prefix.length());
        if (authority.endsWith("/")) {
            authority = authority.substring(0, authority.length() - 1);
        }
        return !authority.isEmpty() && authority.indexOf('/') < 0 && authority.indexOf('@') < 0 && accepts(authority, port);
    }

    private static boolean isLoopbackName(String name) {
        if (name.equals("localhost") || name.equals("localhost.") || name.equals("[::1]")) {
            return true;
        }
        String[] octets = name.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String octet : octets) {
            if (!OCTET.matcher(octet).matches() || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
