package dev.bscportal.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Nu HTML checker (vnu), in-process and offline: its schemas ship inside the jar. One
 * {@link EmbeddedValidator} per call keeps it free of shared state.
 */
final class NuHtmlChecker {

    /** The schema vnu's {@code --svg} mode uses for standalone SVG. */
    static final String SVG_SCHEMA = "http://s.validator.nu/svg-xhtml5-rdf-mathml.rnc";

    /** One message: type is error, warning or info (vnu's info with subType warning is a warning). */
    record Message(String type, long line, String text) {
        boolean isError() {
            return type.equals("error") || type.equals("non-document-error") || type.equals("fatal");
        }

        @Override
        public String toString() {
            return type + " line " + line + ": " + text;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private NuHtmlChecker() {
    }

    static List<Message> checkHtml(Path page) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        return parse(validator.validate(page));
    }

    static List<Message> checkSvg(Path svg) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setSchemaUrl(SVG_SCHEMA);
        try (InputStream in = Files.newInputStream(svg)) {
            return parse(validator.validate(in));
        }
    }

    private static List<Message> parse(String json) throws Exception {
        List<Message> out = new ArrayList<>();
        for (JsonNode m : JSON.readTree(json).path("messages")) {
            String type = m.path("type").asText();
            if (type.equals("info") && m.path("subType").asText().equals("warning")) {
                type = "warning";
            } else if (type.equals("error") && m.path("subType").asText().equals("fatal")) {
                type = "fatal";
            }
            out.add(new Message(type, m.path("lastLine").asLong(0), m.path("message").asText()));
        }
        return out;
    }
}
