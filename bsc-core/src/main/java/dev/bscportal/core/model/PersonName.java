package dev.bscportal.core.model;

/**
 * How a person's name (owner, sponsor, attendee) is written once read: every run of white space (spaces, tabs,
 * line breaks, no-break and other Unicode spaces) is one space, and there is none at either end, so that
 * {@code "Ana  Ng"}, {@code "Ana\tNg"}, {@code "Ana\u00a0Ng "} and {@code "Ana Ng"} are one person everywhere
 * (people pages, filters, redaction).
 */
public final class PersonName {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\p{Z}]+");

    private PersonName() {
    }

    /** The name with white space normalised; {@code null} stays {@code null}. */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        return SPACES.matcher(name).replaceAll(" ").strip();
    }
}
