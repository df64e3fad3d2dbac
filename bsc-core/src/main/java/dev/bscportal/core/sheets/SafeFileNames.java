package dev.bscportal.core.sheets;

import dev.bscportal.core.text.Sha256;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for workbooks from names people wrote (an owner, a unit): lower-case ASCII letters, digits and hyphens
 * only, so no path separator, dot, control character or reserved device name gets through; at most 60 characters;
 * accents are dropped ({@code Müller} is {@code muller}); a name with no such character at all (a name in Chinese
 * script) becomes {@code owner-} and a digest of the name. Two names that come out alike get {@code -2}, {@code -3}
 * ... in the order of the names given, so no workbook overwrites another and the same names always give the same files.
 */
final class SafeFileNames {

    static final int MAX_LENGTH = 60;
    private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private SafeFileNames() {
    }

    /** Each name (in the order given, which must be stable) to its file name with {@code .xlsx}. */
    static Map<String, String> assign(List<String> names, String fallback) {
        Map<String, String> result = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String base = slug(name, fallback);
            String candidate = base;
            for (int n = 2; !taken.add(candidate); n++) {
                String suffix = "-" + n;
                candidate = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
            }
            result.put(name, candidate + ".xlsx");
        }
        return result;
    }

    /** The file name stem of one name. */
    static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (keep) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = out.toString().replaceAll("-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return name == null || name.isBlank() ? fallback : fallback + "-" + digest(name);
        }
        return RESERVED.matcher(slug).matches() ? slug + "-" + fallback : slug;
    }

    private static String digest(String name) {
        return Sha256.hex(name).substring(0, 8);
    }
}
