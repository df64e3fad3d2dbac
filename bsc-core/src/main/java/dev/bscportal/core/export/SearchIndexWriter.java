package dev.bscportal.core.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The client-side search index as a script that sets {@code window.BSC_SEARCH_DOCS}: a script, not JSON,
 * because browsers refuse fetch() of local files and the site must work from file://. Jackson writes the
 * JSON so every string is escaped correctly; {@code "</"} is escaped too so no text can close the script.
 * <p>
 * The script is {@link #HEAD}, the entries in runs ({@link #entries}, each numbered on from where the run before
 * ended) and {@link #TAIL}: a run's text depends only on its entries, its first number and whether a run comes
 * before it, so a rebuild may take unchanged runs from the script it replaces.
 */
public final class SearchIndexWriter {

    public record Entry(String path, String title, String kind, String scorecard, String text) {
    }

    /** What the script starts with, up to its first entry. */
    public static final String HEAD = "window.BSC_SEARCH_DOCS = [";

    /** What it ends with, after its last entry. */
    public static final String TAIL = "];\n";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private SearchIndexWriter() {
    }

    public static String script(List<Entry> entries) {
        return HEAD + entries(entries, 0, false) + TAIL;
    }

    /**
     * A run of entries as they stand in the script: numbered from {@code firstId}, preceded by a comma when
     * {@code afterOthers}; empty for no entries.
     */
    public static String entries(List<Entry> entries, int firstId, boolean afterOthers) {
        if (entries.isEmpty()) {
            return "";
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            int id = firstId;
            for (Entry e : entries) {
                json.writeStartObject();
                json.writeNumberField("id", id++);
                json.writeStringField("path", e.path());
                json.writeStringField("title", e.title());
                json.writeStringField("kind", e.kind());
                json.writeStringField("scorecard", e.scorecard());
                json.writeStringField("text", e.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String array = out.toString();
        // a run starts with '{' and ends with '}', so no "</" spans two runs
        return (afterOthers ? "," : "") + array.substring(1, array.length() - 1).replace("</", "<\\/");
    }
}
