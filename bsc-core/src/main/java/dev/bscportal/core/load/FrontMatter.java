package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines at the top) and its
 * body. The YAML starts on the file's second line, hence {@link #YAML_LINE_OFFSET}.
 */
record FrontMatter(String yaml, String body) {

    static final int YAML_LINE_OFFSET = 1;

    static Optional<FrontMatter> split(String text, String file, Consumer<Problem> report) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            report.accept(Problem.of(ProblemCode.MALFORMED_FRONT_MATTER, SourcePosition.of(file, 1),
                    "The file must start with a '---' line followed by its fields."));
            return Optional.empty();
        }
        String rest = text.substring(Math.min(text.length(), 4));
        int end = rest.startsWith("---\n") || rest.equals("---") ? 0 : rest.indexOf("\n---\n");
        int bodyStart;
        if (end == 0) {
            bodyStart = Math.min(rest.length(), 4);
        } else if (end > 0) {
            bodyStart = end + 5;
        } else if (rest.endsWith("\n---")) {
            end = rest.length() - 4;
            bodyStart = rest.length();
        } else {
            report.accept(Problem.of(ProblemCode.MALFORMED_FRONT_MATTER, SourcePosition.of(file, 1),
                    "The front matter that starts here has no closing '---' line."));
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(rest.substring(0, end), rest.substring(Math.min(bodyStart, rest.length()))));
    }
}
