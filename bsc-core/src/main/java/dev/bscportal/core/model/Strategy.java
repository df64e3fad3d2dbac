package dev.bscportal.core.model;

import java.util.List;
import java.util.Optional;

/** A whole loaded strategy: the company scorecard and, nested in it, every unit's. */
public record Strategy(Scorecard company) {

    public List<Scorecard> allScorecards() {
        return company.allScorecards();
    }

    /** The scorecard at a unit path ({@code ""} for the company, {@code sales/emea}). */
    public Optional<Scorecard> scorecard(String path) {
        Scorecard current = company;
        while (!current.path().equals(path)) {
            Scorecard parent = current;
            Optional<Scorecard> next = parent.units().stream()
                    .filter(u -> path.equals(u.path()) || path.startsWith(u.path() + "/")).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** The parent of a unit's scorecard; empty for the company. */
    public Optional<Scorecard> parentOf(Scorecard unit) {
        if (unit.isCompany()) {
            return Optional.empty();
        }
        return scorecard(unit.parentPath());
    }
}
