package dev.bscportal.core.maps.graphviz;

import java.time.Duration;

/** A graph could not be laid out; the message is written for the person running the build. */
public final class LayoutException extends Exception {

    private static final long serialVersionUID = 1L;

    public LayoutException(String message) {
        super(message);
    }

    public LayoutException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A time limit as people read it: {@code 60 s}, or {@code 250 ms} below a second. */
    static String describe(Duration limit) {
        return limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s";
    }
}
