package dev.bscportal.core.render;

import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Everyone named as owner or sponsor anywhere in the strategy, each with a unique page slug and what they
 * are accountable for. Names are compared as written (trimmed).
 */
public final class Owners {

    /** One accountability: what kind of element, in which scorecard, its id. */
    public record Item(String kind, Scorecard scorecard, String id, String name) {
    }

    private final Map<String, String> slugByName = new LinkedHashMap<>();
    private final Map<String, List<Item>> itemsByName = new LinkedHashMap<>();

    public Owners(Strategy strategy) {
        Map<String, List<Item>> collected = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Scorecard s : strategy.allScorecards()) {
            for (Objective o : s.objectives()) {
                add(collected, o.owner(), new Item("objective", s, o.id(), o.name()));
            }
            for (Measure m : s.measures()) {
                add(collected, m.owner(), new Item("measure", s, m.id(), m.name()));
            }
            for (Initiative i : s.initiatives()) {
                add(collected, i.owner(), new Item("initiative", s, i.id(), i.name()));
                add(collected, i.sponsor(), new Item("sponsor", s, i.id(), i.name()));
            }
            for (OkrSet set : s.okrs()) {
                for (Okr okr : set.okrs()) {
                    add(collected, okr.owner(), new Item("okr", s, set.period() + "#" + okr.id(), okr.name()));
                }
            }
        }
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, List<Item>> entry : collected.entrySet()) {
            String base = SitePaths.slug(entry.getKey());
            String slug = base;
            for (int n = 2; !used.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugByName.put(entry.getKey(), slug);
            itemsByName.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
    }

    private static void add(Map<String, List<Item>> collected, String name, Item item) {
        if (name != null && !name.isBlank()) {
            collected.computeIfAbsent(name.trim(), k -> new ArrayList<>()).add(item);
        }
    }

    /** Every owner's name with the slug of their page, names in alphabetical order. */
    public Map<String, String> slugs() {
        return java.util.Collections.unmodifiableMap(slugByName);
    }

    /** Names in alphabetical order. */
    public List<String> names() {
        return List.copyOf(slugByName.keySet());
    }

    public String slug(String name) {
        return slugByName.getOrDefault(name.trim(), SitePaths.slug(name));
    }

    public boolean contains(String name) {
        return name != null && slugByName.containsKey(name.trim());
    }

    public List<Item> items(String name) {
        return itemsByName.getOrDefault(name.trim(), List.of());
    }

    /** Initials for map boxes: "Petra M. Schulz" -> "PS". */
    public static String initials(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && !word.endsWith(".")) {
                parts.add(new String(Character.toChars(Character.toUpperCase(word.codePointAt(0)))));
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return parts.size() == 1 ? parts.get(0) : parts.get(0) + parts.get(parts.size() - 1);
    }

}
