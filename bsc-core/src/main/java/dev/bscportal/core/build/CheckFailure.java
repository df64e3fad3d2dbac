package dev.bscportal.core.build;

import dev.bscportal.core.engine.CheckResult;

import java.nio.file.Path;

/** Why a failed check stops the build, in one sentence that says what to do. */
final class CheckFailure {

    private CheckFailure() {
    }

    static String message(CheckResult result, Path strategyDirectory) {
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (errors == 0 && result.strategy().isEmpty()) {
            return "No strategy could be read from " + strategyDirectory;
        }
        if (errors == 0) {
            return "The strategy has " + warnings + " warning(s) and failOnWarnings is set; see the list above.";
        }
        return "The strategy in " + strategyDirectory + " has " + errors + " error(s); see the list above, fix them and build again.";
    }
}
