package dev.bscportal.maven;

import dev.bscportal.core.build.LineLog;
import dev.bscportal.core.fetch.Credentials;
import dev.bscportal.core.fetch.FetchReport;
import dev.bscportal.core.fetch.FetchSettings;
import dev.bscportal.core.fetch.SourceFetcher;
import dev.bscportal.core.problem.Problem;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.List;
import java.util.Optional;

/**
 * Runs the sources of {@code sources/*.yaml} (JDBC queries, HTTP(S) JSON or CSV) and writes each one's values into
 * {@code measurements/<source>.csv}, sorted and stable: unchanged data leaves the file byte-identical. A failing
 * source keeps its previous file, the others still update, and the goal fails at the end listing each failure.
 * Credentials come from environment variables ({@code ${env.NAME}}) and settings.xml servers ({@code server: id}).
 * Not bound to a phase: the build never fetches. See docs/sources.md.
 */
@Mojo(name = "fetch", threadSafe = true)
public class FetchMojo extends AbstractStrategyMojo {

    /** Seconds to wait for a connection, unless a source file says otherwise. */
    @Parameter(property = "bsc.fetch.connectTimeout", defaultValue = "10")
    protected int connectTimeout;

    /** Seconds to wait for an answer (HTTP) or a query (JDBC), unless a source file says otherwise. */
    @Parameter(property = "bsc.fetch.readTimeout", defaultValue = "60")
    protected int readTimeout;

    /** Retries after a timeout, a refused connection or a 5xx answer (0-10); pauses of 1, 2, 4 ... seconds. */
    @Parameter(property = "bsc.fetch.retries", defaultValue = "3")
    protected int retries;

    /** The largest HTTP answer read, in bytes, unless a source file says otherwise. */
    @Parameter(property = "bsc.fetch.maxBytes", defaultValue = "20971520")
    protected long maxBytes;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Component
    protected SettingsDecrypter decrypter;

    @Override
    protected String goalName() {
        return "bsc:fetch";
    }

    @Override
    protected void run() throws MojoFailureException {
        FetchSettings settings;
        try {
            settings = new FetchSettings(connectTimeout * 1000L, readTimeout * 1000L, retries, FetchSettings.DEFAULTS.firstBackoffMillis(),
                    maxBytes, FetchSettings.DEFAULTS.maxRedirects(), FetchSettings.DEFAULTS.maxRows());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("bsc:fetch: connectTimeout and readTimeout must be more than 0 seconds, retries 0 to 10"
                    + " and maxBytes more than 0.");
        }
        FetchReport report = new SourceFetcher(credentials(), settings, line -> getLog().info(line)).fetch(sourceDirectory.toPath());
        LineLog logger = problemLogger();
        List<Problem> errors = report.errors();
        errors.forEach(logger::log);
        if (report.outcomes().isEmpty() && errors.isEmpty()) {
            getLog().info("No sources/*.yaml in " + sourceDirectory + "; nothing to fetch.");
        }
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("bsc:fetch: " + errors.size() + " source(s) failed; their CSV files are"
                    + " left as they were:");
            errors.forEach(p -> message.append("\n  ").append(p.position()).append(": ").append(p.code().code()));
            throw new MojoFailureException(message.toString());
        }
    }

    /** The environment, and the servers of settings.xml decrypted only when a source asks for them. */
    private Credentials credentials() {
        Settings settings = session.getSettings();
        java.util.Map<String, String> environment = System.getenv();
        return new Credentials() {
            @Override
            public Optional<String> environment(String name) {
                return Optional.ofNullable(environment.get(name));
            }

            @Override
            public Optional<ServerCredentials> server(String id) {
                Server server = settings == null ? null : settings.getServer(id);
                if (server == null) {
                    return Optional.empty();
                }
                SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
                Server plain = decrypted.getServer() == null ? server : decrypted.getServer();
                return Optional.of(new ServerCredentials(plain.getUsername(), plain.getPassword()));
            }
        };
    }
}
