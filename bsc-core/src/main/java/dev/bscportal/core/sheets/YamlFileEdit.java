package dev.bscportal.core.sheets;

import dev.bscportal.core.model.Measurement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New and replaced values in a measure file's block {@code measurements:}, line by line, so comments, quoting and
 * everything else in the file stay as they were: a new entry goes just before the entry of the first later period,
 * else after the block's last entry, indented and quoted like the block's first entry; a replaced value changes only
 * its scalar (a note given with it makes the entry the {@code value:}/{@code note:} form). A block in flow style
 * ({@code measurements: {...}}) or a value the lines do not show plainly is not edited (BSC164).
 */
final class YamlFileEdit {

    private static final Pattern BLOCK_KEY = Pattern.compile("measurements[ \t]*:[ \t]*(#.*)?");
    /** {@code  "2026-Q3": 35 # comment}: the key part, the scalar, the rest. */
    private static final Pattern SCALAR_ENTRY = Pattern.compile(
            "(\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s#:\"'][^#:]*?)\\s*:[ \t]+)([^\\s#\"'{\\[][^#]*?|\"[^\"]*\"|'[^']*')(\\s*(?:#.*)?)");
    private static final Pattern VALUE_LINE = Pattern.compile("(\\s*value\\s*:[ \t]+)([^\\s#][^#]*?)(\\s*(?:#.*)?)");
    private static final Pattern NOTE_LINE = Pattern.compile("(\\s*)note\\s*:.*");

    private YamlFileEdit() {
    }

    /** {@code text} with the changes for one measure whose inline measurements are {@code recorded} (lines of this file). */
    static String apply(String text, List<Change> changes, List<Measurement> recorded) throws NotEditable {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        boolean endsWithNewline = text.endsWith("\n");
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (BLOCK_KEY.matcher(lines.get(i)).matches()) {
                key = i;
                break;
            }
        }
        if (key < 0) {
            throw new NotEditable("the values are not a block 'measurements:' of 'period: value' lines", 1);
        }
        int first = nextContent(lines, key + 1);
        if (first < 0 || indent(lines.get(first)) == 0) {
            throw new NotEditable("the block 'measurements:' has no entries to follow", key + 1);
        }
        String entryIndent = lines.get(first).substring(0, indent(lines.get(first)));
        char quote = lines.get(first).strip().charAt(0);
        String childIndent = entryIndent + "  ";
        int insertAtEnd = lastEntryEnd(lines, key, entryIndent) + 1;
        // every edit at its line, applied from the bottom up so the lines above stay where they were
        record Edit(int line, boolean replace, Change change) {
        }
        List<Edit> edits = new ArrayList<>();
        for (Change change : changes) {
            if (change.replaces().isPresent()) {
                edits.add(new Edit(change.replaces().get().origin().at().line() - 1, true, change));
                continue;
            }
            int before = -1;
            for (Measurement m : recorded) {
                if (m.period().compareTo(change.period()) > 0) {
                    int line = m.origin().at().line() - 1;
                    before = before < 0 ? line : Math.min(before, line);
                }
            }
            edits.add(new Edit(before >= 0 ? before : insertAtEnd, false, change));
        }
        edits.sort(Comparator.comparingInt(Edit::line).reversed()
                .thenComparing(Edit::replace, Comparator.reverseOrder())
                .thenComparing(e -> e.change().period(), Comparator.reverseOrder()));
        for (Edit edit : edits) {
            if (edit.replace()) {
                replace(lines, edit.line(), edit.change(), entryIndent, childIndent);
            } else {
                lines.addAll(edit.line(), entry(edit.change(), entryIndent, childIndent, quote));
            }
        }
        return String.join(newline, lines) + (endsWithNewline || lines.isEmpty() ? newline : "");
    }

    private static int lastEntryEnd(List<String> lines, int key, String entryIndent) {
        int end = key;
        for (int i = key + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (indent(line) < entryIndent.length()) {
                break;
            }
            end = i;
        }
        return end;
    }

    private static void replace(List<String> lines, int at, Change change, String entryIndent, String childIndent)
            throws NotEditable {
        if (at < 0 || at >= lines.size()) {
            throw new NotEditable("the recorded value is not on a line of this file", at + 1);
        }
        String line = lines.get(at);
        Matcher scalar = SCALAR_ENTRY.matcher(line);
        if (scalar.matches()) {
            if (change.note().isEmpty()) {
                lines.set(at, scalar.group(1) + change.valueText() + scalar.group(3));
            } else {
                String keyPart = scalar.group(1).replaceAll("[ \t]+$", "");
                lines.set(at, keyPart + scalar.group(3));
                lines.add(at + 1, childIndent + "value: " + change.valueText());
                lines.add(at + 2, childIndent + "note: " + quoted(change.note()));
            }
            return;
        }
        int valueLine = -1;
        int noteLine = -1;
        for (int i = at + 1; i < lines.size(); i++) {
            String child = lines.get(i);
            if (child.isBlank()) {
                continue;
            }
            if (indent(child) <= entryIndent.length()) {
                break;
            }
            if (VALUE_LINE.matcher(child).matches()) {
                valueLine = i;
            } else if (NOTE_LINE.matcher(child).matches()) {
                noteLine = i;
            }
        }
        if (valueLine < 0) {
            throw new NotEditable("the recorded value is not written as 'value: number' under its period", at + 1);
        }
        Matcher value = VALUE_LINE.matcher(lines.get(valueLine));
        if (!value.matches()) {
            throw new NotEditable("the recorded value is not written as 'value: number'", valueLine + 1);
        }
        lines.set(valueLine, value.group(1) + change.valueText() + value.group(3));
        if (!change.note().isEmpty()) {
            String indent = lines.get(valueLine).substring(0, indent(lines.get(valueLine)));
            if (noteLine >= 0) {
                if (!lines.get(noteLine).strip().matches("note\\s*:\\s*(\"[^\"]*\"|'[^']*'|[^|>\"'][^#]*)?\\s*(#.*)?")) {
                    throw new NotEditable("the recorded note spans several lines", noteLine + 1);
                }
                lines.set(noteLine, indent + "note: " + quoted(change.note()));
            } else {
                lines.add(valueLine + 1, indent + "note: " + quoted(change.note()));
            }
        }
    }

    private static List<String> entry(Change change, String entryIndent, String childIndent, char quote) {
        String period = change.period().toString();
        String key = quote == '"' ? "\"" + period + "\"" : quote == '\'' ? "'" + period + "'" : period;
        if (change.note().isEmpty()) {
            return List.of(entryIndent + key + ": " + change.valueText());
        }
        return List.of(entryIndent + key + ":", childIndent + "value: " + change.valueText(), childIndent + "note: " + quoted(change.note()));
    }

    /** A YAML double-quoted scalar: backslash and quote escaped (the note is one line already). */
    static String quoted(String note) {
        return "\"" + note.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int nextContent(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String strip = lines.get(i).strip();
            if (!strip.isEmpty() && !strip.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
