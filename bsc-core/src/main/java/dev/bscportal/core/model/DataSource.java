package dev.bscportal.core.model;

import dev.bscportal.core.problem.SourcePosition;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code sources/<id>.yaml}: where {@code bsc:fetch} reads the values it writes into {@code measurements/<id>.csv}.
 * Texts that may hold credentials ({@link #url()}, {@link #user()}, {@link #password()}, header values) keep their
 * {@code ${env.NAME}} placeholders: they are resolved only when fetching, never stored resolved.
 *
 * @param id         the file name without {@code .yaml}; also the name of the CSV written
 * @param file       the file as problems name it ({@code sources/warehouse.yaml})
 * @param kind       jdbc or http
 * @param url        the JDBC or HTTP(S) URL as written
 * @param query      the SQL query (jdbc)
 * @param measure    the measure every row belongs to, when the rows have no measure column
 * @param server     the id of a settings.xml server giving user name and password
 * @param user       a user name (may hold placeholders)
 * @param password   a password: only a placeholder is accepted
 * @param headers    HTTP request headers (values may hold placeholders), sorted by name
 * @param format     json or csv (http)
 * @param rows       JSON pointer to the array of rows (empty: the document is the array)
 * @param fields     JSON pointer per field of a row: measure, period, value, note
 * @param limits     timeouts, retries and size, as written or defaulted
 * @param origin     the line of each key
 */
public record DataSource(String id, String file, Kind kind, String url, Optional<String> query, Optional<String> measure,
                         Optional<String> server, Optional<String> user, Optional<String> password,
                         Map<String, String> headers, Format format, String rows, Map<String, String> fields,
                         SourceLimits limits, Origin origin) {

    /** Where the values come from. */
    public enum Kind implements HasId {
        JDBC, HTTP;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How an HTTP response is read. */
    public enum Format implements HasId {
        JSON, CSV;

        @Override
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The fields of a row, in the order of the CSV written. */
    public static final List<String> ROW_FIELDS = List.of("measure", "period", "value", "note");

    public DataSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
        fields = Map.copyOf(fields);
    }

    /** The position of {@code key} in the file, or the file's first line. */
    public SourcePosition at(String key) {
        return origin.of(key);
    }

    /**
     * Timeouts (milliseconds), attempts and the largest response accepted (bytes). Zero means "the fetch's default".
     */
    public record SourceLimits(long connectTimeoutMillis, long readTimeoutMillis, int retries, long maxBytes) {
        public static final SourceLimits DEFAULTS = new SourceLimits(0, 0, -1, 0);
    }
}
