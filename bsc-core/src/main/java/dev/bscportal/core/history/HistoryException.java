package dev.bscportal.core.history;

/** The history could not be read; the page is left out and the message says why. */
public final class HistoryException extends Exception {

    public HistoryException(String message) {
        super(message);
    }
}
