package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.apache.commons.csv.CSVRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A measurements CSV whose columns are separated by something else than a comma: a semicolon (what Excel writes
 * as "CSV" wherever the decimal separator is a comma: German, French, Dutch, Spanish ...), a tab (a copy from a
 * spreadsheet) or a bar. Read with commas, its header is one unknown column and every row an error; instead the
 * file gets one problem at its header that names the separator found and how to save the file.
 */
final class CsvSeparator {

    private static final List<Character> OTHERS = List.of(';', '\t', '|');
    private static final List<String> COLUMNS = List.of("measure", "period", "value", "note");

    private CsvSeparator() {
    }

    /** The problem of a header that is a comma-free row of known columns joined by another separator, if it is one. */
    static Optional<Problem> otherThanComma(CSVRecord header, SourcePosition at) {
        if (header.size() != 1) {
            return Optional.empty();
        }
        String text = header.get(0);
        for (char separator : OTHERS) {
            String[] names = text.split(Pattern.quote(String.valueOf(separator)), -1);
            long known = Arrays.stream(names).map(n -> n.strip().toLowerCase(Locale.ROOT))
                    .filter(COLUMNS::contains).count();
            if (names.length > 1 && known >= 2) {
                return Optional.of(Problem.of(ProblemCode.MALFORMED_CSV, at, "The columns are separated by "
                        + name(separator) + ", not by commas: the header " + Quote.of(text) + " reads as one column.",
                        "Separate the columns with commas (measure,period,value,note) and write decimals with a point"
                        + " (71.5, not 71,5). From Excel: save as 'CSV UTF-8 (comma delimited)' with a point as the"
                        + " decimal separator, or save as .xlsx: measurements/*.xlsx are read as they are (docs/data.md)."));
            }
        }
        return Optional.empty();
    }

    private static String name(char separator) {
        return switch (separator) {
            case ';' -> "semicolons (;)";
            case '\t' -> "tabs";
            default -> "bars (|)";
        };
    }
}
