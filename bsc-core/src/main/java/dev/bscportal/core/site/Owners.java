package dev.bscportal.core.site;

import dev.bscportal.core.presentation.FileNames;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Okr;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;


/**
 * Everyone named as owner or sponsor anywhere in the strategy, each with a unique page slug and what they
 * are accountable for. Names are compared with white space normalised ({@link dev.bscportal.core.model.PersonName})
 * and ignoring case ("Lars" and "LARS" are one person, whose
 * page is named after the spelling that sorts first); page names come from {@link FileNames}.
 */
public final class Owners {

    /** One accountability: what kind of element, in which scorecard, its id. */
    public record Item(String kind, Scorecard scorecard, String id, String name) {
    }

    private final Map<String, String> slugByName = new LinkedHashMap<>();
    private final Map<String, List<Item>> itemsByName = new LinkedHashMap<>();
    /** The same names, found ignoring case as they were collected ("lars" finds "Lars"'s page). */
    private final Map<String, String> nameIgnoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public Owners(Strategy strategy) {
        Map<String, List<Item>> collected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
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
        // the owners folder holds owners/index.html: no person's page may take its name
        Map<String, String> slugs = FileNames.assign(collected.keySet(), Set.of("index"));
        for (Map.Entry<String, List<Item>> entry : collected.entrySet()) {
            slugByName.put(entry.getKey(), slugs.get(entry.getKey()));
            nameIgnoringCase.put(entry.getKey(), entry.getKey());
            itemsByName.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
    }

    private static void add(Map<String, List<Item>> collected, String name, Item item) {
        if (name != null && !name.isBlank()) {
            collected.computeIfAbsent(dev.bscportal.core.model.PersonName.normalise(name), k -> new ArrayList<>()).add(item);
        }
    }

    /** Every owner's name with the slug of their page, names in alphabetical order. */
    public Map<String, String> slugs() {
        return Collections.unmodifiableMap(slugByName);
    }

    /** Names in alphabetical order. */
    public List<String> names() {
        return List.copyOf(slugByName.keySet());
    }

    /** The slug of an owner's page, whichever case the name is written in (names not {@link #contains}: their own slug). */
    public String slug(String name) {
        String slug = slugByName.get(canonical(name));
        return slug != null ? slug : FileNames.slug(dev.bscportal.core.model.PersonName.normalise(name));
    }

    public boolean contains(String name) {
        return name != null && slugByName.containsKey(canonical(name));
    }

    public List<Item> items(String name) {
        return itemsByName.getOrDefault(canonical(name), List.of());
    }

    private String canonical(String name) {
        String normal = dev.bscportal.core.model.PersonName.normalise(name);
        return nameIgnoringCase.getOrDefault(normal, normal);
    }


}
