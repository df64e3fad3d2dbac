package dev.bscportal.core.redact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in text the way a reader sees them: in any letter case, with any white space between the
 * parts of a name (spaces, tabs, line breaks, no-break spaces), invisible format characters (zero-width space,
 * soft hyphen) anywhere inside, composed or decomposed accents; and only as whole words: a name is not found
 * inside a longer word ("Al" in "Also", "Alba"), in an e-mail address or a URL path ({@code al@example.com},
 * {@code /team/al/}), a file name or a host name ({@code al.example.com}). Longer names are tried first, so "Ana
 * Ng" is withheld whole and not as "Ana" followed by the rest.
 */
public final class NameMatcher {

    /** What a withheld name becomes. */
    public static final String WITHHELD = "–";

    private static final String FORMAT = "\\p{Cf}*";
    private static final String SPACE = "[\\s\\p{Z}\\p{Cf}]*[\\s\\p{Z}][\\s\\p{Z}\\p{Cf}]*";
    /** Characters that join a word to its neighbour: letters, digits, marks, and what binds mail addresses and paths. */
    private static final String JOINER = "\\p{L}\\p{N}\\p{M}_@/\\\\%=+~#";
    private static final String BEFORE = "(?<![" + JOINER + ".])";
    private static final String AFTER = "(?![" + JOINER + "]|\\.[\\p{L}\\p{N}])";

    private final Pattern pattern;
    /** Names of several parts, found without word boundaries: in an address ({@code /people/Ana%20Ng}) too. */
    private final Pattern spacedAnywhere;
    private final List<String> names;
    /** The first part of each name in both accent forms, case-folded: a text holding none of them holds no name. */
    private final List<String> firstParts;

    private NameMatcher(List<String> names) {
        this.names = names;
        java.util.Set<String> parts = new TreeSet<>();
        for (String name : names) {
            for (Normalizer.Form form : List.of(Normalizer.Form.NFC, Normalizer.Form.NFD)) {
                parts.add(fold(Normalizer.normalize(name, form).split(" ")[0]));
            }
        }
        this.firstParts = List.copyOf(parts);
        this.pattern = names.isEmpty() ? null : Pattern.compile(BEFORE + "(?:" + alternatives(names) + ")" + AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> spaced = names.stream().filter(n -> n.indexOf(' ') > 0).toList();
        this.spacedAnywhere = spaced.isEmpty() ? null : Pattern.compile(alternatives(spaced),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternatives(List<String> names) {
        StringBuilder regex = new StringBuilder();
        for (String name : names) {
            for (String form : new TreeSet<>(List.of(Normalizer.normalize(name, Normalizer.Form.NFC),
                    Normalizer.normalize(name, Normalizer.Form.NFD)))) {
                regex.append(regex.length() == 0 ? "" : "|").append(alternative(form));
            }
        }
        return regex.toString();
    }

    /**
     * Whether an address (already percent-decoded) holds a name: as a whole word, or a name of several parts
     * anywhere, since white space between the parts is never part of an ordinary path ({@code /people/Ana Ng}).
     */
    public boolean findsInAddress(CharSequence address) {
        return finds(address) || spacedAnywhere != null && address != null && spacedAnywhere.matcher(address).find();
    }

    /** A matcher for these names (blank ones ignored, white space normalised), longest first. */
    public static NameMatcher of(Collection<String> names) {
        TreeSet<String> distinct = new TreeSet<>();
        for (String n : names) {
            String normal = dev.bscportal.core.model.PersonName.normalise(n);
            if (normal != null && !normal.isEmpty() && normal.codePoints().anyMatch(Character::isLetterOrDigit)) {
                distinct.add(normal);
            }
        }
        List<String> ordered = new ArrayList<>(distinct);
        ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return new NameMatcher(List.copyOf(ordered));
    }

    private static String alternative(String name) {
        StringBuilder out = new StringBuilder();
        String[] parts = name.split("[\\s\\p{Z}]+");
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                out.append(SPACE);
            }
            int[] cps = parts[p].codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (i > 0) {
                    out.append(FORMAT);
                }
                out.append(Pattern.quote(new String(Character.toChars(cps[i]))));
            }
        }
        return out.toString();
    }

    /** The names this matcher finds, longest first. */
    public List<String> names() {
        return names;
    }

    public boolean isEmpty() {
        return pattern == null;
    }

    /** Whether {@code text} shows one of the names. */
    public boolean finds(CharSequence text) {
        return pattern != null && text != null && mayShow(text) && pattern.matcher(text).find();
    }

    /**
     * A quick test before the pattern: false only when the text holds no first part of a name, compared with the
     * same simple case folding the pattern uses, and no format character that the pattern skips inside a name.
     */
    private boolean mayShow(CharSequence text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.getType(c) == Character.FORMAT) {
                return true;
            }
            folded.append(Character.toLowerCase(Character.toUpperCase(c)));
        }
        for (String part : firstParts) {
            if (folded.indexOf(part) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(k))));
        }
        return folded.toString();
    }

    /** The first name {@code text} shows, as written there, or empty. */
    public java.util.Optional<String> first(CharSequence text) {
        if (pattern == null || text == null || !mayShow(text)) {
            return java.util.Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    /** Start and end of every name in {@code text}, in order, not overlapping. */
    public List<int[]> ranges(CharSequence text) {
        List<int[]> ranges = new ArrayList<>();
        if (pattern != null && text != null && mayShow(text)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                ranges.add(new int[] {m.start(), m.end()});
            }
        }
        return ranges;
    }

    /** {@code text} with every name replaced by {@link #WITHHELD}. */
    public String scrub(String text) {
        if (pattern == null || text == null || text.isEmpty() || !mayShow(text)) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start()).append(WITHHELD);
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    @Override
    public String toString() {
        return "NameMatcher" + names.stream().map(n -> n.toLowerCase(Locale.ROOT).length()).toList();
    }
}
