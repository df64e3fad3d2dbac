package dev.bscportal.core.options;

/** A setting of the plugin was refused; the message names the parameter, what is wrong and what to write. */
public final class InvalidOptionException extends Exception {

    private final String parameter;

    public InvalidOptionException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter's name as in the POM, e.g. {@code siteUrl}. */
    public String parameter() {
        return parameter;
    }
}
