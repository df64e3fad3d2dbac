package dev.bscportal.core.problem;

import java.util.Collection;

/**
 * The part of a fix hint that lists what may be written instead: "Use one of: a, b." for a list, and a sentence
 * that says what to do when there is nothing to choose from (never "Use one of: ."). Every hint that lists
 * allowed values is built here.
 */
public final class AllowedValues {

    private AllowedValues() {
    }

    /**
     * {@code "Use one of: a, b, c."}, or {@code whenNone} when {@code values} is empty. {@code whenNone} says how to
     * get something to choose from, e.g. "Declare a theme under themes in strategy.yaml first.".
     */
    public static String useOneOf(Collection<String> values, String whenNone) {
        return list("Use one of: ", values, whenNone);
    }

    /** {@code prefix} followed by the values and a full stop, or {@code whenNone} when there are none. */
    public static String list(String prefix, Collection<String> values, String whenNone) {
        if (values.isEmpty()) {
            return whenNone;
        }
        return prefix + String.join(", ", values) + ".";
    }
}
