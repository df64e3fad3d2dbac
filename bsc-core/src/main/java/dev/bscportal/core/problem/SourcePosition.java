package dev.bscportal.core.problem;

import dev.bscportal.core.text.TextCharacters;

import java.util.Objects;

/**
 * Where a value came from: a file path relative to the strategy directory (forward slashes) and a
 * 1-based line. Line 0 means "the file as a whole". In a workbook ({@code measurements/*.xlsx}) {@code cell} names
 * the sheet and cell ({@code Sheet1!C7}, a sheet name with other characters than letters, digits, {@code _} and
 * {@code .} quoted as Excel writes it: {@code 'Q3 actuals'!C7}) and {@code line} is the cell's row; elsewhere
 * {@code cell} is empty.
 */
public record SourcePosition(String file, int line, String cell) implements Comparable<SourcePosition> {

    public static final SourcePosition NONE = new SourcePosition("", 0);

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(cell, "cell");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public SourcePosition(String file, int line) {
        this(file, line, "");
    }

    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line);
    }

    public static SourcePosition file(String file) {
        return new SourcePosition(file, 0);
    }

    /**
     * A cell of a workbook: {@code sheet} as the workbook names it, {@code column} 0-based, {@code row} 1-based (the
     * row Excel shows). Characters a message must not carry in the sheet name (terminal escapes, bidi controls, line
     * breaks, lone surrogate halves: {@link TextCharacters#unsafeInLine}) are written as {@code <U+XXXX>}.
     */
    public static SourcePosition cell(String file, String sheet, int column, int row) {
        return new SourcePosition(file, row, sheetReference(sheet) + "!" + columnName(column) + row);
    }

    /** A whole sheet of a workbook ({@code Sheet1}), at no particular cell. */
    public static SourcePosition sheet(String file, String sheet) {
        return new SourcePosition(file, 0, sheetReference(sheet));
    }

    /** A range of cells ({@code Sheet1!A5:A9}) of a workbook, at the row of its first cell. */
    public static SourcePosition range(String file, String sheet, String range, int firstRow) {
        return new SourcePosition(file, firstRow, sheetReference(sheet) + "!" + range);
    }

    /** The column letters Excel shows: 0 is A, 25 is Z, 26 is AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    private static String sheetReference(String sheet) {
        String name = TextCharacters.escapedInLine(sheet);
        return name.matches("[A-Za-z0-9_.]+") ? name : "'" + name.replace("'", "''") + "'";
    }

    public SourcePosition atLine(int newLine) {
        return new SourcePosition(file, newLine);
    }

    /** True for a position in a workbook that names its sheet (and cell). */
    public boolean isCell() {
        return !cell.isEmpty();
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : cell.compareTo(other.cell);
    }

    /**
     * {@code measures/revenue.yaml:12}, just the file when the line is unknown, or {@code measurements/q3.xlsx!Sheet1!C7}
     * in a workbook.
     */
    @Override
    public String toString() {
        return isCell() ? file + "!" + cell : line > 0 ? file + ":" + line : file;
    }
}
