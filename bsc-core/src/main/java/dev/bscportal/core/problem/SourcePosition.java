package dev.bscportal.core.problem;

import java.util.Objects;

/**
 * Where a value came from: a file path relative to the strategy directory (forward slashes) and a
 * 1-based line. Line 0 means "the file as a whole".
 */
public record SourcePosition(String file, int line) implements Comparable<SourcePosition> {

    public static final SourcePosition NONE = new SourcePosition("", 0);

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line);
    }

    public static SourcePosition file(String file) {
        return new SourcePosition(file, 0);
    }

    public SourcePosition atLine(int newLine) {
        return new SourcePosition(file, newLine);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    /** {@code measures/revenue.yaml:12}, or just the file when the line is unknown. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
