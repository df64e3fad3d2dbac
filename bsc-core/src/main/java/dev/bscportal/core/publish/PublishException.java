package dev.bscportal.core.publish;

/** The site could not be published; the message says why and what to do. The previous site is intact. */
public final class PublishException extends Exception {

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
