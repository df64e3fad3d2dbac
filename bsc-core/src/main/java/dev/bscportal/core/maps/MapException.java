package dev.bscportal.core.maps;

/**
 * A map could not be laid out (Graphviz failed, timed out or could not be run); the message says which and why, for
 * the build log. The site's renderer reports it as its own render failure with the same message.
 */
public final class MapException extends Exception {

    public MapException(String message, Throwable cause) {
        super(message, cause);
    }

    public MapException(String message) {
        super(message);
    }
}
