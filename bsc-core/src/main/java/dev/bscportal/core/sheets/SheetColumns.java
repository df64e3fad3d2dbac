package dev.bscportal.core.sheets;

import java.util.List;

/**
 * The columns of an update sheet, in order. {@code measure}, {@code period}, {@code value} and {@code note} are read
 * back by {@code bsc:import}; the others are context for the owner and ignored when read.
 */
final class SheetColumns {

    static final String SHEET = "Update";
    static final List<String> ALL = List.of("measure", "name", "period", "value", "note", "unit", "frequency",
            "threshold", "target", "stretch", "recorded in");
    static final List<String> CONTEXT = List.of("name", "unit", "frequency", "threshold", "target", "stretch", "recorded in");
    static final double[] WIDTHS = {22, 36, 10, 12, 36, 10, 11, 10, 10, 10, 34};

    static final int MEASURE = ALL.indexOf("measure");
    static final int NAME = ALL.indexOf("name");
    static final int PERIOD = ALL.indexOf("period");
    static final int VALUE = ALL.indexOf("value");
    static final int NOTE = ALL.indexOf("note");
    static final int UNIT = ALL.indexOf("unit");
    static final int FREQUENCY = ALL.indexOf("frequency");
    static final int THRESHOLD = ALL.indexOf("threshold");
    static final int RECORDED_IN = ALL.indexOf("recorded in");

    private SheetColumns() {
    }
}
