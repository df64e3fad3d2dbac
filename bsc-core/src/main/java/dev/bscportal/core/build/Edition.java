package dev.bscportal.core.build;

import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.redact.Redaction;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One published edition of the site: the full site (no name, nothing left out) or an audience edition written
 * beside it to {@code <output>-<name>}, which leaves out the sections it names on every page, in search and in
 * strategy.json.
 */
public record Edition(String name, Set<Redaction> omit) {

    /** The full site, published to the output directory itself. */
    public static final Edition FULL = new Edition("", Set.of());

    public Edition {
        omit = omit.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(omit));
    }

    /**
     * An audience edition as configured: {@code name} of lower-case letters, digits and hyphens, {@code omit} a
     * comma-separated list of actuals, budgets and owners.
     */
    public static Edition of(String name, String omit) throws InvalidOptionException {
        String checkedName = name == null ? "" : name.trim();
        if (!checkedName.matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidOptionException("audiences", "An audience needs a name of lower-case letters, digits and hyphens, e.g. public.");
        }
        Set<Redaction> sections = EnumSet.noneOf(Redaction.class);
        for (String part : (omit == null ? "" : omit).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Redaction section = Redaction.fromId(part.trim()).orElse(null);
            if (section == null) {
                throw new InvalidOptionException("audiences", "Audience " + checkedName + " omits '" + part.trim()
                        + "'; use actuals, budgets or owners.");
            }
            sections.add(section);
        }
        return new Edition(checkedName, sections);
    }

    public boolean isFull() {
        return name.isEmpty();
    }

    /** Where this edition is published, given the full site's output directory. */
    public Path directory(Path output) {
        return isFull() ? output : output.resolveSibling(output.getFileName() + "-" + name);
    }

    /** The sections left out, by id in a fixed order, e.g. [actuals, owners]. */
    public List<String> omittedIds() {
        return omit.stream().sorted().map(Redaction::id).collect(Collectors.toList());
    }
}
