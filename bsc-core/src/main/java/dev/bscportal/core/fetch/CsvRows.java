package dev.bscportal.core.fetch;

import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a CSV answer (UTF-8, a header row): the columns measure, period, value and optionally note, in any
 * order; without measure when the source names its {@code measure}. Other columns are ignored; an empty value is a
 * period without data and skipped.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRows() {
    }

    static List<FetchedRow> read(byte[] body, DataSource source, SourcePosition at) throws SourceFailure {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(at, "The answer is not UTF-8 text.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<FetchedRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Map<String, Integer> columns = null;
            int index = 0;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < record.size(); i++) {
                        columns.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
                    }
                    for (String required : source.measure().isPresent() ? List.of("period", "value") : List.of("measure", "period", "value")) {
                        if (!columns.containsKey(required)) {
                            throw malformed(at, "The answer's header row has no column '" + required + "'.");
                        }
                    }
                    continue;
                }
                index++;
                String value = cell(record, columns.get("value"));
                if (value.isBlank()) {
                    continue;
                }
                String measure = source.measure().isPresent() ? source.measure().get() : cell(record, columns.get("measure"));
                rows.add(new FetchedRow(index, measure, cell(record, columns.get("period")), value,
                        cell(record, columns.get("note"))));
            }
            if (columns == null) {
                throw malformed(at, "The answer has no header row.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw malformed(at, "The answer is not valid CSV (an unclosed quote?).");
        }
        return rows;
    }

    private static String cell(CSVRecord record, Integer column) {
        return column == null || column >= record.size() ? "" : record.get(column);
    }

    private static SourceFailure malformed(SourcePosition at, String message) {
        return new SourceFailure(ProblemCode.MALFORMED_RESPONSE, at, message);
    }
}
