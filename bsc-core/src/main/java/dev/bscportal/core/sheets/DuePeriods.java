package dev.bscportal.core.sheets;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The periods an owner is asked for: every period of the measure's frequency after its last recorded one, up to
 * the one that holds the end of the reporting period ({@code as-of}); when the measure is up to date, the period after
 * its last value. At most {@link #MAX_DUE} periods, the latest ones (a measure silent for years does not fill a sheet).
 */
final class DuePeriods {

    static final int MAX_DUE = 12;

    private DuePeriods() {
    }

    static List<Period> of(Frequency frequency, List<Measurement> recorded, Period asOf) {
        Period current = Period.containing(asOf.endDate(), frequency);
        Optional<Period> last = recorded.stream().map(Measurement::period)
                .filter(p -> p.granularity() == frequency).max(Period::compareTo);
        if (last.isEmpty()) {
            return List.of(current);
        }
        if (last.get().compareTo(current) >= 0) {
            return last.get().next().map(List::of).orElse(List.of());
        }
        List<Period> due = new ArrayList<>();
        for (Optional<Period> p = last.get().next(); p.isPresent() && p.get().compareTo(current) <= 0; p = p.get().next()) {
            due.add(p.get());
            if (due.size() > MAX_DUE) {
                due.remove(0);
            }
        }
        return due;
    }
}
