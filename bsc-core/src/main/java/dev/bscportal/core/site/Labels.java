package dev.bscportal.core.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The fixed words of the site in the chosen language: {@code i18n/labels.properties} (English) overlaid by
 * {@code labels_de.properties} etc. from the template jar, then by the same files in the user's template
 * overrides. Files are UTF-8.
 */
public final class Labels {

    private final Map<String, String> values;

    private Labels(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Labels from a map of keys to texts (tests, tools). */
    static Labels of(Map<String, String> values) {
        return new Labels(new TreeMap<>(values));
    }

    public static Labels load(Locale locale, SiteResources resources) {
        Map<String, String> merged = new TreeMap<>();
        List<String> names = new ArrayList<>(List.of("i18n/labels.properties"));
        if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en")) {
            names.add("i18n/labels_" + locale.getLanguage() + ".properties");
        }
        if (!locale.getCountry().isEmpty()) {
            names.add("i18n/labels_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
        }
        for (String name : names) {
            resources.readAll(name).forEach(bytes -> merged.putAll(parse(bytes)));
        }
        return new Labels(merged);
    }

    private static Map<String, String> parse(byte[] bytes) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    /** The label for a key; the key itself in brackets when missing, so a gap is visible, never fatal. */
    public String get(String key) {
        String value = values.get(key);
        return value == null ? "[" + key + "]" : value;
    }

    /**
     * The label with {0}, {1}... replaced, in one pass over the label: an argument is inserted as it is, so a
     * name holding "{1}", "$1", "%s" or a backslash shows literally and is never substituted again.
     */
    public String format(String key, Object... args) {
        String text = get(key);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i + 1) : -1;
            int index = close > i + 1 && close - i <= 3 ? argumentIndex(text.substring(i + 1, close)) : -1;
            if (index >= 0 && index < args.length) {
                out.append(args[index]);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int argumentIndex(String digits) {
        for (int k = 0; k < digits.length(); k++) {
            if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    public Map<String, String> asMap() {
        return values;
    }
}
