package dev.bscportal.core.site;

/** A page or map could not be produced; the message says which and why, for the build log. */
public final class RenderException extends Exception {

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderException(String message) {
        super(message);
    }
}
