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
 */
public final class SearchIndexWriter {

    public record Entry(String path, String title, String kind, String scorecard, String text) {
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    public static String script(List<Entry> entries) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            int id = 0;
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
        return "window.BSC_SEARCH_DOCS = " + out.toString().replace("</", "<\\/") + ";\n";
    }
}
