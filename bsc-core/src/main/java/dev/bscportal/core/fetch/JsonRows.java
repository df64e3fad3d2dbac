package dev.bscportal.core.fetch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import dev.bscportal.core.model.DataSource;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a JSON answer: {@code rows} is a JSON pointer (RFC 6901) to an array (empty: the document is the
 * array), and each field of a row is a JSON pointer into the row's element ({@code /measure}, {@code /period},
 * {@code /value}, {@code /note} unless {@code fields} says otherwise). A null value is a period without data and
 * skipped. No JSONPath: a pointer names one place, which is all a row needs and cannot be mistaken.
 */
final class JsonRows {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxNumberLength(100)
                            .maxStringLength(1 << 20).build()).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonRows() {
    }

    static List<FetchedRow> read(byte[] body, DataSource source, SourcePosition at) throws SourceFailure {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " of the answer";
            throw malformed(at, "The answer is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()) + ".");
        } catch (IOException | RuntimeException e) {
            // e.g. a number with an exponent of 17 digits, which Jackson refuses with a NumberFormatException
            // (found by FetchAnswerFuzzTest): a hostile answer is a malformed one, never an exception
            throw malformed(at, "The answer could not be read as JSON (" + e.getClass().getSimpleName() + ").");
        }
        if (root == null || root.isMissingNode()) {
            throw malformed(at, "The answer is empty, not JSON.");
        }
        JsonNode array = root.at(JsonPointer.compile(source.rows()));
        if (!array.isArray()) {
            throw malformed(at, (source.rows().isEmpty() ? "The answer" : "The value at " + source.rows()) + " is "
                    + (array.isMissingNode() ? "missing" : "not an array") + "; 'rows' must point at the array of rows.");
        }
        List<FetchedRow> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode element : array) {
            index++;
            String measure = source.measure().orElse(null);
            if (measure == null) {
                measure = text(element, pointer(source, "measure"), index, true, at).orElse("");
            }
            Optional<String> value = text(element, pointer(source, "value"), index, true, at);
            if (value.isEmpty()) {
                continue;
            }
            String period = text(element, pointer(source, "period"), index, true, at).orElse("");
            String note = text(element, pointer(source, "note"), index, false, at).orElse("");
            rows.add(new FetchedRow(index, measure, period, value.get(), note));
        }
        return rows;
    }

    private static String pointer(DataSource source, String field) {
        return source.fields().getOrDefault(field, "/" + field);
    }

    /** The text of a scalar at {@code pointer}; empty for JSON null (or a missing optional field). */
    private static Optional<String> text(JsonNode element, String pointer, int index, boolean required, SourcePosition at)
            throws SourceFailure {
        JsonNode node = element.at(JsonPointer.compile(pointer));
        if (node.isMissingNode()) {
            if (required) {
                throw malformed(at, "Row " + index + " of the answer has no value at " + pointer + ".");
            }
            return Optional.empty();
        }
        if (node.isNull()) {
            return Optional.empty();
        }
        if (node.isBigDecimal()) {
            // the short form: 1E-900000000 written out plainly would be 900 million characters
            return Optional.of(node.decimalValue().toString());
        }
        if (node.isValueNode()) {
            return Optional.of(node.asText());
        }
        throw malformed(at, "Row " + index + " of the answer has " + (node.isArray() ? "an array" : "an object") + " at " + pointer
                + ", not a single value.");
    }

    private static SourceFailure malformed(SourcePosition at, String message) {
        return new SourceFailure(ProblemCode.MALFORMED_RESPONSE, at, message);
    }

    private static String firstLine(String text) {
        String s = text == null ? "" : text;
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
