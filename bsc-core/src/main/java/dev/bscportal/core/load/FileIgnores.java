package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.Severity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code ignore} key of a YAML file or Markdown front matter: warning codes the author silenced for that one
 * file ({@code ignore: [BSC101]}). An error code, or a text that is no code, is itself reported (BSC057): errors
 * mean something is lost or wrong and cannot be waved through file by file.
 */
final class FileIgnores {

    static final String KEY = "ignore";

    private FileIgnores() {
    }

    static Set<ProblemCode> read(Fields f) {
        Set<ProblemCode> result = EnumSet.noneOf(ProblemCode.class);
        for (String text : f.texts(KEY)) {
            Optional<ProblemCode> code = ProblemCode.byCode(text);
            if (code.isEmpty()) {
                f.report().accept(Problem.of(ProblemCode.IGNORE_REFUSED, f.at(KEY),
                        "'" + text + "' under 'ignore' is not a problem code." + Suggestions.didYouMean(text.toUpperCase(Locale.ROOT),
                                Arrays.stream(ProblemCode.values()).filter(c -> c.defaultSeverity() == Severity.WARNING)
                                        .map(ProblemCode::code).toList())));
            } else if (code.get().defaultSeverity() == Severity.ERROR) {
                f.report().accept(Problem.of(ProblemCode.IGNORE_REFUSED, f.at(KEY),
                        code.get().code() + " is an error and cannot be ignored; fix what it reports instead."));
            } else {
                result.add(code.get());
            }
        }
        return result.isEmpty() ? Set.of() : Set.copyOf(result);
    }
}
