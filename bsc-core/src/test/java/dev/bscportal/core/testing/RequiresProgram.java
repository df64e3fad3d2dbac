package dev.bscportal.core.testing;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tests that need a Debian package (graphviz, chromium): under CI=true a missing program fails the test
 * loudly; elsewhere the test is skipped with a visible message saying what to install.
 */
public final class RequiresProgram {

    private RequiresProgram() {
    }

    public static void require(boolean present, String program, String debianPackage) {
        requireInstalled(present, program, "apt-get install -y " + debianPackage);
    }

    /** The same for a program installed otherwise, e.g. {@code npm install -g ...} (.ci/install-packages does it). */
    public static void requireInstalled(boolean present, String program, String installCommand) {
        if (present) {
            return;
        }
        String message = program + " is not installed: " + installCommand;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (CI=true, so this test may not be skipped)");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
