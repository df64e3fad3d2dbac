package dev.bscportal.core.presentation;

import dev.bscportal.core.text.Sha256;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * File names for pages named by free text (people's names): lower-case ASCII slugs that are safe on every
 * file system. A slug is never empty (a name of only punctuation, emoji or CJK gets {@code x-} and a hash),
 * at most {@value #MAX_LENGTH} characters plus a short hash of the whole name when cut, never a Windows
 * device name ({@code con}, {@code nul}, {@code com1}...), and unique within its folder: names that slug
 * alike, and names whose slug is a fixed page of the folder ({@code index}), get the slug and a hash of
 * the name, so a name's file does not depend on the order the names were met in.
 */
public final class FileNames {

    /** The longest slug before its hash suffix; with the suffix and ".html" well under 255 bytes. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com0",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt0");

    private FileNames() {
    }

    /** Whether a name (without extension) is one Windows reserves for a device, in any case. */
    public static boolean isDeviceName(String name) {
        return DEVICE_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The slug of a text on its own ("Jörg Müller" -> "jorg-muller"), before uniqueness: accents dropped,
     * everything but ASCII letters and digits a single dash, cut to {@value #MAX_LENGTH} characters with the
     * text's hash appended when longer, {@code x-} and the hash when nothing is left, the hash appended to a
     * device name.
     */
    public static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = trimDashes(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (slug.isEmpty()) {
            return "x-" + hash(text);
        }
        if (slug.length() > MAX_LENGTH) {
            return trimDashes(slug.substring(0, MAX_LENGTH)) + "-" + hash(text);
        }
        return isDeviceName(slug) ? slug + "-" + hash(text) : slug;
    }

    /**
     * A unique slug for each name. Names are taken in sorted order; the first name of a slug keeps it, each
     * further name with the same slug, and a name whose slug is one of {@code fixed} (compared ignoring
     * case), gets the slug with its own hash; the result does not depend on the order of {@code names}.
     */
    public static Map<String, String> assign(Collection<String> names, Collection<String> fixed) {
        Set<String> taken = new HashSet<>();
        for (String f : fixed) {
            taken.add(f.toLowerCase(Locale.ROOT));
        }
        Map<String, List<String>> byBase = new TreeMap<>();
        for (String name : new TreeSet<>(names)) {
            byBase.computeIfAbsent(slug(name), k -> new ArrayList<>()).add(name);
        }
        Map<String, String> result = new LinkedHashMap<>();
        // first the plain slugs, so that a hashed slug can never take a plain one's place
        for (Map.Entry<String, List<String>> e : byBase.entrySet()) {
            if (!taken.contains(e.getKey())) {
                taken.add(e.getKey());
                result.put(e.getValue().get(0), e.getKey());
            }
        }
        for (Map.Entry<String, List<String>> e : byBase.entrySet()) {
            for (String name : e.getValue()) {
                if (result.containsKey(name)) {
                    continue;
                }
                String slug = e.getKey() + "-" + hash(name);
                for (int n = 2; !taken.add(slug); n++) {
                    slug = e.getKey() + "-" + hash(name + "\u0000" + n);
                }
                result.put(name, slug);
            }
        }
        Map<String, String> sorted = new LinkedHashMap<>();
        new TreeMap<>(result).forEach(sorted::put);
        return sorted;
    }

    private static String trimDashes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }

    /** The first 8 hex digits of the SHA-256 of the text: stable across runs, JVMs and platforms. */
    static String hash(String text) {
        return Sha256.hex(text).substring(0, 8);
    }
}
