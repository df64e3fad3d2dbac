package dev.bscportal.core.fetch;

import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Runs a source's SQL query through the JDBC driver the user added as a plugin dependency, read-only, with a login
 * and query timeout and a bounded row count. The result's columns are found by name: measure, period, value and
 * optionally note (without measure when the source names its {@code measure}).
 */
final class JdbcRows {

    private JdbcRows() {
    }

    record Query(String url, String shownUrl, String sql, Optional<String> measure, String user, String password,
                 long connectMillis, long readMillis, int maxRows) {
    }

    static List<FetchedRow> read(Query query, SourcePosition urlAt, SourcePosition queryAt) throws SourceFailure {
        Driver driver = driver(query.url()).orElseThrow(() -> new SourceFailure(ProblemCode.QUERY_FAILED, urlAt,
                "No JDBC driver for " + query.shownUrl().split(":", 3)[0] + ":" + (query.shownUrl().split(":", 3).length > 1
                        ? query.shownUrl().split(":", 3)[1] : "") + " URLs is on the plugin's class path.",
                "Add the driver as a dependency of the plugin in your pom (<plugin> ... <dependencies>), e.g."
                        + " org.postgresql:postgresql for jdbc:postgresql: URLs."));
        Properties properties = new Properties();
        if (!query.user().isEmpty()) {
            properties.setProperty("user", query.user());
        }
        if (!query.password().isEmpty()) {
            properties.setProperty("password", query.password());
        }
        // understood by PostgreSQL's and several other drivers; a driver that does not know them ignores them
        properties.setProperty("connectTimeout", Long.toString(Math.max(1, query.connectMillis() / 1000)));
        properties.setProperty("loginTimeout", Long.toString(Math.max(1, query.connectMillis() / 1000)));
        properties.setProperty("socketTimeout", Long.toString(Math.max(1, query.readMillis() / 1000 + 5)));
        Connection connection;
        try {
            connection = driver.connect(query.url(), properties);
        } catch (SQLException e) {
            boolean transientFailure = e instanceof SQLTransientConnectionException
                    || e.getSQLState() != null && e.getSQLState().startsWith("08");
            throw new SourceFailure(transientFailure ? ProblemCode.SOURCE_UNREACHABLE : ProblemCode.QUERY_FAILED, urlAt,
                    "Could not connect to " + query.shownUrl() + ": " + firstLine(e.getMessage()) + state(e), transientFailure);
        }
        if (connection == null) {
            throw new SourceFailure(ProblemCode.QUERY_FAILED, urlAt, "The JDBC driver does not accept " + query.shownUrl() + ".");
        }
        try (Connection open = connection; Statement statement = open.createStatement()) {
            // one read-only transaction that is rolled back: a query that writes fails (PostgreSQL applies read-only
            // to transactions only), and should a driver ignore read-only, nothing it wrote is committed
            open.setAutoCommit(false);
            try {
                open.setReadOnly(true);
            } catch (SQLException ignored) {
                // a driver without read-only connections still runs the query, inside the rolled-back transaction
            }
            statement.setQueryTimeout((int) Math.max(1, query.readMillis() / 1000));
            statement.setMaxRows(query.maxRows() + 1);
            statement.setFetchSize(1000);
            try (ResultSet result = statement.executeQuery(query.sql())) {
                return rows(result, query, queryAt);
            } finally {
                open.rollback();
            }
        } catch (SQLException e) {
            boolean transientFailure = e instanceof SQLTransientConnectionException
                    || e.getSQLState() != null && e.getSQLState().startsWith("08");
            throw new SourceFailure(transientFailure ? ProblemCode.SOURCE_UNREACHABLE : ProblemCode.QUERY_FAILED, queryAt,
                    "The query failed: " + firstLine(e.getMessage()) + state(e), transientFailure);
        }
    }

    private static List<FetchedRow> rows(ResultSet result, Query query, SourcePosition at) throws SQLException, SourceFailure {
        ResultSetMetaData meta = result.getMetaData();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.putIfAbsent(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
        for (String required : query.measure().isPresent() ? List.of("period", "value") : List.of("measure", "period", "value")) {
            if (!columns.containsKey(required)) {
                throw new SourceFailure(ProblemCode.MALFORMED_RESPONSE, at, "The query's result has no column '" + required
                        + "' (it has " + String.join(", ", new java.util.TreeSet<>(columns.keySet())) + ").",
                        "Name the columns with AS: select kpi AS measure, month AS period, amount AS value from ...");
            }
        }
        int periodType = meta.getColumnType(columns.get("period"));
        if (periodType == Types.DATE || periodType == Types.TIMESTAMP || periodType == Types.TIMESTAMP_WITH_TIMEZONE) {
            throw new SourceFailure(ProblemCode.MALFORMED_RESPONSE, at, "The query's period column is a date; a period is a text"
                    + " such as 2026-03.", "Format it in the query, e.g. to_char(month, 'YYYY-MM') AS period (PostgreSQL).");
        }
        List<FetchedRow> rows = new ArrayList<>();
        int index = 0;
        while (result.next()) {
            index++;
            if (index > query.maxRows()) {
                throw new SourceFailure(ProblemCode.RESPONSE_TOO_LARGE, at, "The query returns more than " + query.maxRows() + " rows.",
                        "Return only the measures and periods the portal shows (a WHERE on the period).");
            }
            Object raw = result.getObject(columns.get("value"));
            if (raw == null) {
                continue;
            }
            // the short form (1E-30, not 0.000...); MeasurementCsv checks the size before writing it out plainly
            String value = raw instanceof BigDecimal decimal ? decimal.toString() : raw.toString();
            String measure = query.measure().orElseGet(() -> string(result, columns.get("measure")));
            String note = columns.containsKey("note") ? string(result, columns.get("note")) : "";
            rows.add(new FetchedRow(index, measure, string(result, columns.get("period")), value, note));
        }
        return Collections.unmodifiableList(rows);
    }

    private static String string(ResultSet result, int column) {
        try {
            String s = result.getString(column);
            return s == null ? "" : s;
        } catch (SQLException e) {
            return "";
        }
    }

    /** The driver that accepts {@code url}: registered ones first, then any found by the service loader. */
    private static Optional<Driver> driver(String url) {
        try {
            return Optional.of(DriverManager.getDriver(url));
        } catch (SQLException notRegistered) {
            for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), JdbcRows.class.getClassLoader()}) {
                if (loader == null) {
                    continue;
                }
                for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
                    try {
                        if (driver.acceptsURL(url)) {
                            return Optional.of(driver);
                        }
                    } catch (SQLException ignored) {
                        // not this driver
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static String state(SQLException e) {
        return e.getSQLState() == null ? "." : " (SQL state " + e.getSQLState() + ").";
    }

    private static String firstLine(String text) {
        String s = text == null ? "" : text.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
