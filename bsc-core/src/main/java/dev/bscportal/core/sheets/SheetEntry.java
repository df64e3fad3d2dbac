package dev.bscportal.core.sheets;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;

import java.util.List;

/**
 * One measure in an update sheet: {@code reference} is how the sheet names it ({@code revenue} in the company,
 * {@code sales/win-rate} in a unit), {@code recent} its last recorded values (oldest first) and {@code due} the periods
 * to fill in.
 */
record SheetEntry(String reference, Scorecard scorecard, Measure measure, List<Measurement> recent, List<Period> due) {

    SheetEntry {
        recent = List.copyOf(recent);
        due = List.copyOf(due);
    }

    static String reference(Scorecard scorecard, Measure measure) {
        return scorecard.isCompany() ? measure.id() : scorecard.path() + "/" + measure.id();
    }
}
