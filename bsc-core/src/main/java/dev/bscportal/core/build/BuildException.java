package dev.bscportal.core.build;

/**
 * The build stopped: the check found errors (each already reported through {@link BuildLog#checked}), a setting was
 * refused, or a site could not be published. The message says what happened and what to do; every site published
 * before is as it was.
 */
public final class BuildException extends Exception {

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
