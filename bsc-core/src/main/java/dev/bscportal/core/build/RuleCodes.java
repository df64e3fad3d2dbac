package dev.bscportal.core.build;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code disabledRules} setting: rule codes, each entry possibly a comma-separated list; only warnings may be switched off. */
public final class RuleCodes {

    private RuleCodes() {
    }

    /** The check options for these settings, or the first refused code. */
    public static CheckOptions checkOptions(List<String> disabledRules, boolean failOnWarnings) throws InvalidOptionException {
        return new CheckOptions(disabled(disabledRules), failOnWarnings, LoadLimits.DEFAULTS);
    }

    static Set<ProblemCode> disabled(List<String> entries) throws InvalidOptionException {
        Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
        for (String entry : entries == null ? List.<String>of() : entries) {
            for (String text : entry.split(",")) {
                if (text.isBlank()) {
                    continue;
                }
                Optional<ProblemCode> code = ProblemCode.byCode(text);
                if (code.isEmpty()) {
                    throw new InvalidOptionException("disabledRules", "disabledRules names an unknown rule code '" + text.trim()
                            + "'. Use codes such as BSC104; docs/format.md lists them all.");
                }
                Optional<String> refused = CheckOptions.whyNotDisabled(code.get());
                if (refused.isPresent()) {
                    throw new InvalidOptionException("disabledRules", "disabledRules: " + refused.get());
                }
                codes.add(code.get());
            }
        }
        return codes;
    }
}
