package dev.bscportal.core.presentation;

import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which scorecards get a briefing book (the {@code bookUnits} parameter): every unit ({@code all}, the default),
 * none ({@code none}: the company's book only), or the units listed by path ({@code sales,sales/emea}); the company
 * always gets its book. A page links a book only when its scorecard is selected, so no page links a book the build
 * does not write.
 *
 * @param all every unit is selected
 * @param units the units selected by path when not {@code all} (empty: none), in the order written
 */
public record BookUnits(boolean all, List<String> units) {

    public static final BookUnits ALL = new BookUnits(true, List.of());
    public static final BookUnits NONE = new BookUnits(false, List.of());

    public BookUnits {
        units = all ? List.of() : List.copyOf(units);
    }

    /**
     * Reads the parameter's value: {@code all}, {@code none} or unit paths separated by commas (spaces around them
     * ignored; each a path such as {@code sales} or {@code sales/emea}); empty when the value is none of these,
     * e.g. an empty item or a character no unit path has.
     */
    public static Optional<BookUnits> parse(String value) {
        String v = value == null ? "all" : value.strip();
        if (v.isEmpty() || v.toLowerCase(Locale.ROOT).equals("all")) {
            return Optional.of(ALL);
        }
        if (v.toLowerCase(Locale.ROOT).equals("none")) {
            return Optional.of(NONE);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String item : v.split(",", -1)) {
            String id = item.strip();
            if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99}){0,15}")) {
                return Optional.empty();
            }
            ids.add(id);
        }
        return Optional.of(new BookUnits(false, List.copyOf(ids)));
    }

    /** Whether {@code scorecard} gets a book: the company always does. */
    public boolean includes(Scorecard scorecard) {
        return scorecard.isCompany() || all || units.contains(scorecard.path());
    }

    /** The listed units {@code strategy} does not have, in the order written. */
    public List<String> unknownIn(Strategy strategy) {
        List<String> unknown = new ArrayList<>(units);
        for (Scorecard s : strategy.allScorecards()) {
            unknown.remove(s.path());
        }
        return unknown;
    }

    /** The value as the build's fingerprint records it: {@code all}, {@code none} or the paths. */
    public String id() {
        return all ? "all" : units.isEmpty() ? "none" : String.join(",", units);
    }
}
