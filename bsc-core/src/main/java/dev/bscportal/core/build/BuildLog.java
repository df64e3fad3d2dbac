package dev.bscportal.core.build;

import dev.bscportal.core.engine.CheckResult;

import java.util.List;

/** Where a build reports as it goes; an adapter forwards these to its own log (Maven's, the preview's, a test's). */
public interface BuildLog {

    void info(String line);

    void warn(String line);

    /** Detail for whoever investigates the build (Maven's {@code -X}); dropped by default. */
    default void debug(String line) {
    }

    /** Every problem of the check, as soon as it is done: before anything is rendered, and also when it fails. */
    default void checked(CheckResult result) {
    }

    /** Nothing changed since the last build: its warnings (as {@link ProblemLines} wrote them), repeated. */
    default void unchanged(List<String> warnings) {
        warnings.forEach(this::warn);
    }

    /** Pages rendered so far in the full site. */
    default void pagesWritten(int pages) {
    }

    /** A log that drops everything. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }
        };
    }
}
