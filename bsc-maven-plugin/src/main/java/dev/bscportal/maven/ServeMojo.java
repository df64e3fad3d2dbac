package dev.bscportal.maven;

import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.LineLog;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.options.OptionChecks;
import dev.bscportal.core.preview.PreviewBuild;
import dev.bscportal.core.preview.PreviewServer;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Live preview: serves http://127.0.0.1:8484 at once (the last published site, or a page that reloads itself,
 * while the first build runs), rebuilds when a strategy or template file changes and reloads open browser tabs;
 * errors show as an overlay while the last good site stays served.
 * Stops on Ctrl-C. Nothing is published.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends BuildMojo {

    /** The port of the preview server, which listens on 127.0.0.1 only. */
    @Parameter(property = "bsc.port", defaultValue = "8484")
    protected int port;

    @Override
    protected String goalName() {
        return "bsc:serve";
    }

    @Override
    protected void run() throws BuildException, InvalidOptionException, MojoFailureException {
        OptionChecks.port(port);
        // the preview shows pages only: no briefing books, so no links to them; its long-lived JVM keeps C2
        BuildOptions options = buildOptions(false).toBuilder().books(null).quickJit(false).build();
        LineLog problems = problemLogger();
        Path scratch = options.workDirectory().resolve("bsc-preview");
        PreviewBuild build = new PreviewBuild(new SiteBuild(options, problems), scratch);
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            Files.createDirectories(scratch);
            try (PreviewServer server = new PreviewServer(build, port, line -> getLog().info(line), problems::log)) {
                URI address = server.start();
                getLog().info("Preview at " + address + " (Ctrl-C to stop)");
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "bsc-preview-stop"));
                stopped.await();
            }
        } catch (IOException e) {
            throw new MojoFailureException("The preview could not start on 127.0.0.1:" + port + ": " + e.getMessage()
                    + ". Is another preview running? Choose another port with -Dbsc.port=...");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
