package dev.bscportal.core.load;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code measurements/*.csv}: a header row, then {@code measure,period,value[,note]} rows. */
final class CsvMeasurementReader {

    /** commons-csv writes line numbers with a thousands separator from 1,000 on. */
    private static final Pattern START_LINE = Pattern.compile("(?:startline |at line: )([\\d,.]+)");
    private static final List<String> KNOWN = List.of("measure", "period", "value", "note");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final List<String> REQUIRED = List.of("measure", "period", "value");

    List<Measurement> read(String text, String file, Consumer<Problem> report) {
        List<Measurement> measurements = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Map<String, Integer> columns = null;
            int width = 0;
            LineCounter lines = new LineCounter(text);
            // a measure's rows repeat its id: each distinct id is checked once per file
            Set<String> validIds = new HashSet<>();
            for (CSVRecord row : parser) {
                SourcePosition at = SourcePosition.of(file, lines.lineAt(firstCharacter(text, row.getCharacterPosition())));
                if (columns == null) {
                    columns = header(row, at, report);
                    if (columns == null) {
                        return List.of();
                    }
                    width = row.size();
                    continue;
                }
                if (row.size() > width) {
                    report.accept(Problem.of(ProblemCode.MALFORMED_CSV, at, "The row has " + row.size()
                            + " fields but the header only " + width + ".",
                            "Quote a value that contains a comma, and write numbers with a decimal point: 12.5."));
                    continue;
                }
                read(row, columns, validIds, at, report).ifPresent(measurements::add);
            }
            if (columns == null) {
                report.accept(Problem.of(ProblemCode.MALFORMED_CSV, SourcePosition.of(file, 1), "The file has no header row."));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            Matcher startLine = START_LINE.matcher(message);
            int line = startLine.find() ? parseLine(startLine.group(1)) : 1;
            boolean unclosedQuote = message.contains("encapsulated token");
            report.accept(Problem.of(ProblemCode.MALFORMED_CSV, SourcePosition.of(file, line), unclosedQuote
                    ? "A quoted field that starts on this line is never closed (a \" is missing)."
                    : "The CSV could not be read from this line on."));
        }
        return measurements;
    }

    private static int parseLine(String digits) {
        try {
            return Math.max(1, Integer.parseInt(digits.replace(",", "").replace(".", "")));
        } catch (NumberFormatException tooLong) {
            return 1;
        }
    }

    /** A record read after skipped empty lines reports where the skipping began; its text starts after them. */
    private static long firstCharacter(String text, long position) {
        int p = (int) Math.min(position, text.length());
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    private static Map<String, Integer> header(CSVRecord row, SourcePosition at, Consumer<Problem> report) {
        Optional<Problem> otherSeparator = CsvSeparator.otherThanComma(row, at);
        if (otherSeparator.isPresent()) {
            report.accept(otherSeparator.get());
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                report.accept(Problem.of(ProblemCode.MALFORMED_CSV, at, "Unknown column '" + name + "'."
                        + Suggestions.didYouMean(name, KNOWN), "The columns are measure, period, value and note."));
            } else if (columns.putIfAbsent(name, i) != null) {
                report.accept(Problem.of(ProblemCode.MALFORMED_CSV, at, "The column '" + name + "' appears twice."));
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                report.accept(Problem.of(ProblemCode.MALFORMED_CSV, at,
                        "The header row lacks the column '" + name + "'."));
                return null;
            }
        }
        return columns;
    }

    private static Optional<Measurement> read(CSVRecord row, Map<String, Integer> columns, Set<String> validIds,
                                              SourcePosition at, Consumer<Problem> report) {
        String measure = cell(row, columns, "measure");
        String periodText = cell(row, columns, "period");
        String valueText = cell(row, columns, "value");
        if (measure.isEmpty() && periodText.isEmpty() && valueText.isEmpty()) {
            return Optional.empty();
        }
        if (!measure.isEmpty() && !periodText.isEmpty() && valueText.isEmpty()) {
            report.accept(Problem.of(ProblemCode.MALFORMED_CSV, at, "The row of " + Quote.of(measure) + " for "
                    + Quote.of(periodText) + " has no value.", "Write the value, or delete the row: a period without a"
                    + " value yet is simply left out (the measure shows 'no data' until its first value)."));
            return Optional.empty();
        }
        if (measure.isEmpty() || periodText.isEmpty() || valueText.isEmpty()) {
            report.accept(Problem.of(ProblemCode.MALFORMED_CSV, at, "The row needs a measure, a period and a value."));
            return Optional.empty();
        }
        if (!validIds.contains(measure)) {
            if (!Fields.ID.matcher(measure).matches()) {
                report.accept(Problem.of(ProblemCode.INVALID_ID, at, "'" + measure + "' is not a valid measure id."));
                return Optional.empty();
            }
            validIds.add(measure);
        }
        Optional<Period> period = Period.parse(periodText);
        if (period.isEmpty()) {
            report.accept(TypedValues.periodProblem(periodText, at));
            return Optional.empty();
        }
        Double value = Numbers.parse(valueText);
        if (value == null) {
            report.accept(Problem.of(ProblemCode.NOT_A_NUMBER, at, "The value '" + valueText + "' is not a number."
                    + LocalFormats.number(valueText)));
            return Optional.empty();
        }
        if (Math.abs(value) > Numbers.MAX_MAGNITUDE) {
            report.accept(Problem.of(ProblemCode.NUMBER_OUT_OF_RANGE, at, "The value '" + valueText
                    + "' lies outside -1e15 to 1e15."));
            return Optional.empty();
        }
        String note = cell(row, columns, "note");
        StrategyCharacters.note(note, at, report);
        return Optional.of(new Measurement(measure, period.get(), value, note, Origin.at(at)));
    }

    private static String cell(CSVRecord row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    /** Line numbers of increasing character offsets, counted once through the text. */
    private static final class LineCounter {
        private final String text;
        private int offset;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            while (offset < target && offset < text.length()) {
                if (text.charAt(offset++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
