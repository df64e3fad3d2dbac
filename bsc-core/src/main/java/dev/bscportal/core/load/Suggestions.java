package dev.bscportal.core.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * "Did you mean ...?" for misspelt keys and ids, and for words people use for a key under another name
 * ({@code organisation} or {@code company} for {@code name}, {@code goal} for {@code target}).
 */
public final class Suggestions {

    /** Other words for a key, as people coming from other tools and templates write them. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("organisation", "name"), Map.entry("organization", "name"), Map.entry("company", "name"),
            Map.entry("org", "name"), Map.entry("title", "name"), Map.entry("company-name", "name"),
            Map.entry("organisation-name", "name"), Map.entry("organization-name", "name"),
            Map.entry("mission-statement", "mission"), Map.entry("vision-statement", "vision"),
            Map.entry("core-values", "values"), Map.entry("strategic-themes", "themes"),
            Map.entry("reporting-period", "as-of"), Map.entry("asof", "as-of"),
            Map.entry("goal", "target"), Map.entry("direction", "polarity"), Map.entry("better", "polarity"),
            Map.entry("uom", "unit"), Map.entry("unit-of-measure", "unit"), Map.entry("minimum", "threshold"),
            Map.entry("responsible", "owner"), Map.entry("accountable", "owner"), Map.entry("lead", "owner"),
            Map.entry("deadline", "due"), Map.entry("end", "due"));

    private Suggestions() {
    }

    /** {@code " Did you mean 'x'?"} for the closest candidate within a small edit distance, else empty. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        String synonym = SYNONYMS.get(typed.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (synonym != null && candidates.contains(synonym)) {
            return " Did you mean '" + synonym + "'?";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int distance = distance(typed, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return best != null && bestDistance <= allowed ? " Did you mean '" + best + "'?" : "";
    }

    /**
     * {@code " Did you mean 'kosten-je-vorgang'?"} for a text that is no id but reads as one made safe
     * ({@code Kosten je Vorgang}, {@code Größe_2026}, {@code Außenstelle Nord}): lower case, German umlauts and ß
     * spelt out, any other run of characters that are not letters or digits one hyphen. Empty when nothing usable is
     * left, the result is not a valid id (a device name, {@code index}, too long) or it equals the text.
     */
    public static String idMeant(String written) {
        String lower = written.strip().toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        String slug = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return !slug.equals(written) && Fields.ID.matcher(slug).matches() ? " Did you mean '" + slug + "'?" : "";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
