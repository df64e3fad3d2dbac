package dev.bscportal.core.load;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.problem.Problem;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an update sheet that {@code bsc:import} is given, through the same reader, bounds and cell rules as
 * {@code measurements/*.xlsx} (zip bombs, size, merged cells, errors, dates, hidden sheets): a long layout whose measure
 * ids may be qualified by the unit's path ({@code sales/win-rate}), whose named context columns are ignored, and whose
 * rows with an empty value are periods not filled in yet. Each measurement's origin is its value's cell, with the
 * measure's and period's cells as the fields {@code measure} and {@code period}.
 */
public final class UpdateSheetReader {

    private final WorkbookMeasurementReader reader;

    /** {@code contextColumns}: the lower-case header names that are read by people only. */
    public UpdateSheetReader(List<String> contextColumns) {
        this.reader = new WorkbookMeasurementReader(WorkbookArchive.Bounds.DEFAULTS,
                new WorkbookMeasurementReader.UpdateSheet(true, List.copyOf(contextColumns)));
    }

    /**
     * The filled-in rows of the workbook {@code bytes}; {@code file} is how problems name it, {@code frequencies} the
     * measures' frequencies by qualified id (a date cell is read as a period of the measure's frequency).
     */
    public List<Measurement> read(byte[] bytes, String file, Map<String, Frequency> frequencies, Consumer<Problem> report) {
        return reader.read(bytes, file, frequencies, report);
    }

    /** The largest workbook read, in bytes, as for {@code measurements/*.xlsx}. */
    public static long maxBytes() {
        return LoadLimits.DEFAULTS.maxCsvFileBytes();
    }
}
