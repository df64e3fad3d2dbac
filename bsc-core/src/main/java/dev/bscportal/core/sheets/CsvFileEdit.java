package dev.bscportal.core.sheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * New and replaced rows in a measurement CSV file, touching nothing else: a new row goes just before the measure's
 * first row of a later period, else just after its last row, else at the end; a replaced row keeps its place and only
 * its value (and note, when one is given) changes. Columns keep the header's order, lines keep the file's line ending.
 */
final class CsvFileEdit {

    static final String NEW_FILE_HEADER = "measure,period,value,note";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** A record of the file: where it starts and ends in the text, its line, its fields. */
    private record Row(int start, int end, int line, List<String> fields) {
    }

    private CsvFileEdit() {
    }

    /** {@code text} (empty for a new file) with the changes, all for measures of this file's scorecard. */
    static String apply(String text, List<Change> changes) throws NotEditable {
        String source = text.isEmpty() ? NEW_FILE_HEADER + "\n" : text;
        String newline = source.contains("\r\n") ? "\r\n" : "\n";
        List<Row> rows = rows(source);
        if (rows.isEmpty()) {
            throw new NotEditable("the file has no header row", 1);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("measure", "period", "value")) {
            if (!columns.containsKey(required)) {
                throw new NotEditable("the header has no column '" + required + "'", rows.get(0).line());
            }
        }
        // edits by position in the text, applied from the end so earlier positions stay right
        TreeMap<Integer, List<String>> inserts = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, String> replacements = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, Row> replaced = new HashMap<>();
        for (Change change : changes.stream().sorted(Comparator.comparing(Change::period)).toList()) {
            if (change.replaces().isPresent()) {
                int line = change.replaces().get().origin().at().line();
                Row row = rows.stream().filter(r -> r.line() == line).findFirst()
                        .orElseThrow(() -> new NotEditable("no row starts on this line", line));
                List<String> fields = new ArrayList<>(row.fields());
                set(fields, columns.get("value"), change.valueText());
                if (!change.note().isEmpty() && columns.containsKey("note")) {
                    set(fields, columns.get("note"), change.note());
                }
                replaced.put(row.start(), row);
                replacements.put(row.start(), format(fields));
                continue;
            }
            List<String> fields = new ArrayList<>();
            set(fields, header.size() - 1, "");
            set(fields, columns.get("measure"), change.measure());
            set(fields, columns.get("period"), change.period().toString());
            set(fields, columns.get("value"), change.valueText());
            if (columns.containsKey("note")) {
                set(fields, columns.get("note"), change.note());
            }
            inserts.computeIfAbsent(insertAt(source, rows, columns, change), k -> new ArrayList<>()).add(format(fields));
        }
        StringBuilder out = new StringBuilder(source);
        java.util.SortedSet<Integer> positions = new java.util.TreeSet<>(Comparator.reverseOrder());
        positions.addAll(inserts.keySet());
        positions.addAll(replacements.keySet());
        for (int position : positions) {
            if (replacements.containsKey(position)) {
                Row row = replaced.get(position);
                String body = source.substring(row.start(), row.end()).replaceAll("[\r\n]+$", "");
                out.replace(row.start(), row.start() + body.length(), replacements.get(position));
            }
            if (inserts.containsKey(position)) {
                StringBuilder lines = new StringBuilder();
                boolean atEnd = position == source.length();
                if (atEnd && !source.endsWith("\n")) {
                    lines.append(newline);
                }
                for (String line : inserts.get(position)) {
                    lines.append(line).append(newline);
                }
                out.insert(position, lines);
            }
        }
        return out.toString();
    }

    /** Where a new row for {@code change} goes: a position at the start of a line (or the end of the text). */
    private static int insertAt(String text, List<Row> rows, Map<String, Integer> columns, Change change) {
        int measure = columns.get("measure");
        int period = columns.get("period");
        Row lastOfMeasure = null;
        for (Row row : rows.subList(1, rows.size())) {
            if (!change.measure().equals(field(row, measure).strip())) {
                continue;
            }
            java.util.Optional<dev.bscportal.core.model.Period> p = dev.bscportal.core.model.Period.parse(field(row, period).strip());
            if (p.isPresent() && p.get().compareTo(change.period()) > 0) {
                return row.start();
            }
            lastOfMeasure = row;
        }
        return lastOfMeasure == null ? text.length() : lineEndAfter(text, lastOfMeasure);
    }

    /** The start of the line after the row's last line. */
    private static int lineEndAfter(String text, Row row) {
        String body = text.substring(row.start(), row.end()).replaceAll("[\r\n]+$", "");
        int end = row.start() + body.length();
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return end;
    }

    private static String field(Row row, int column) {
        return column < row.fields().size() ? row.fields().get(column) : "";
    }

    private static void set(List<String> fields, int column, String value) {
        while (fields.size() <= column) {
            fields.add("");
        }
        fields.set(column, value);
    }

    /** Fields joined by commas, quoted only when they must be (a comma, a quote, a line break, or spaces at an end). */
    static String format(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                line.append(',');
            }
            boolean quote = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
                    || !f.equals(f.strip());
            line.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        return line.toString();
    }

    private static List<Row> rows(String text) throws NotEditable {
        List<Row> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<List<String>> fields = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                starts.add(firstCharacter(text, (int) record.getCharacterPosition()));
                fields.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            throw new NotEditable("the file is not valid CSV", 1);
        }
        int line = 1;
        int counted = 0;
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            for (; counted < start; counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            rows.add(new Row(start, end, line, fields.get(i)));
        }
        return rows;
    }

    private static int firstCharacter(String text, int position) {
        int p = Math.min(position, text.length());
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }
}
