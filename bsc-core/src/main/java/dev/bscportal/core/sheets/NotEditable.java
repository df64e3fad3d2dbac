package dev.bscportal.core.sheets;

/** A measurement file that cannot be changed without guessing (reported as BSC164 at {@code line}; nothing is written). */
final class NotEditable extends Exception {

    private static final long serialVersionUID = 1L;
    private final int line;

    NotEditable(String reason, int line) {
        super(reason, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
