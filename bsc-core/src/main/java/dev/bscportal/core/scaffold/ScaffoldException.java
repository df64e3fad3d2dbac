package dev.bscportal.core.scaffold;

/** A new project could not be written; the message says why and what to do. */
public final class ScaffoldException extends Exception {

    public ScaffoldException(String message) {
        super(message);
    }
}
