package dev.bscportal.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

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

    /** Standalone SVG as vnu's {@code --svg} mode checks it: parsed as XML against the SVG schema. */
    static List<Message> checkSvg(Path svg) throws Exception {
        List<Message> out = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                out.add(new Message("warning", e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void error(SAXParseException e) {
                out.add(new Message("error", e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                out.add(new Message("fatal", e.getLineNumber(), e.getMessage()));
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SVG_SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, true, false);
        try {
            validator.checkXmlFile(svg.toFile());
        } catch (SAXParseException fatal) {
            // already reported to the handler
        }
        return out;
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
