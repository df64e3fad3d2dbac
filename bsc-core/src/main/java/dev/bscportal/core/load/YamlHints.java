package dev.bscportal.core.load;

import java.util.Optional;

/**
 * What to do about the YAML syntax errors newcomers make most, in their words instead of the parser's: a text with
 * ": " in it left unquoted ({@code owner: Leitung: Personal}, SnakeYAML's "mapping values are not allowed here"), a
 * tab used to indent, a key without its colon, a value starting with a character YAML reserves ({@code @}, a
 * backquote, {@code *}, {@code &}), a key out of line with its neighbours. Any other error keeps the general hint.
 * A hint quotes at most the line's key, cleaned as {@link Quote} cleans text from the strategy.
 */
final class YamlHints {

    private static final String INDENTATION = "Line up the keys of one map in one column, and the '- ' items of one"
            + " list in one column; check this line's indentation against the lines above.";

    private YamlHints() {
    }

    /**
     * A hint for {@code problem} (the parser's first line) at {@code column} of {@code line} (the file's text there),
     * if one fits.
     */
    static Optional<String> forProblem(String problem, String line, int column) {
        String p = problem == null ? "" : problem;
        if (p.contains("mapping values are not allowed")) {
            int colon = line.indexOf(':');
            if (colon >= 0 && column >= 0 && column <= colon && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                // the line's own key, indented under a plain value: "name: A" then "  target: 3"
                return Optional.of(INDENTATION);
            }
            String key = colon > 0 ? Quote.clean(line.substring(0, colon).strip().replaceFirst("^-\\s*", "")) : "";
            String example = key.isEmpty() ? "name" : key;
            return Optional.of("A text that holds ': ' (a colon and a space) must be quoted: write " + example
                    + ": \"...\" with the whole text between double quotes.");
        }
        if (p.contains("\\t(TAB)") || p.contains("(TAB)")) {
            return Optional.of("Indent with spaces: this line holds a tab, and YAML indents with spaces only (set your"
                    + " editor to insert spaces for .yaml files).");
        }
        if (p.contains("could not find expected ':'")) {
            return Optional.of("Write each entry as 'key: value', with a space after the colon; a text that runs onto"
                    + " the next line must be quoted or indented under its key.");
        }
        if (p.contains("cannot start any token")) {
            return Optional.of("Quote a value that starts with @, ` or %: write it between double quotes.");
        }
        if (p.contains("while scanning an alias") || p.contains("while scanning an anchor")
                || p.contains("unexpected character found *") || p.contains("unexpected character found &")
                || p.contains("expected alphabetic or numeric character")) {
            return Optional.of("Quote a value that starts with * or &: YAML reads those as references; write it"
                    + " between double quotes.");
        }
        if (p.contains("expected <block end>") || p.contains("did not find expected key")
                || p.contains("did not find expected '-' indicator")) {
            return Optional.of(INDENTATION);
        }
        return Optional.empty();
    }
}
