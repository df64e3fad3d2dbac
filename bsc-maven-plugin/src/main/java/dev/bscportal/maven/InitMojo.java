package dev.bscportal.maven;

import dev.bscportal.core.scaffold.PluginSource;
import dev.bscportal.core.scaffold.ProjectScaffold;
import dev.bscportal.core.scaffold.ScaffoldException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Creates a new strategy project: a pom with the plugin, a small valid strategy with every file type once
 * (commented), editor schema wiring, the Maven Wrapper and a GitHub Actions workflow that publishes the portal to
 * GitHub Pages. Runs without a project, named by its full coordinates and version (the README's quick start):
 * {@code mvn dev.bscportal:bsc-maven-plugin:VERSION:init -Dbsc.init.organisation="ACME Ltd"}.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** Where to create the project; must not exist or be empty. Defaults to ./artifactId. */
    @Parameter(property = "bsc.init.directory")
    protected File directory;

    /** The new project's groupId. */
    @Parameter(property = "bsc.init.groupId", defaultValue = "com.example")
    protected String groupId;

    /** The new project's artifactId, and the name of its directory unless {@code directory} is given. */
    @Parameter(property = "bsc.init.artifactId", defaultValue = "strategy")
    protected String artifactId;

    /** The organisation's name, written into strategy.yaml. */
    @Parameter(property = "bsc.init.organisation", defaultValue = "Example Ltd")
    protected String organisation;

    /**
     * Where the new project gets the plugin from: {@code central} (Maven Central), {@code jitpack} (JitPack builds
     * the release tag of {@code pluginRepository}; the POM gets its plugin repository) or {@code source} (the
     * workflow clones {@code pluginRepository} at the release tag and installs the plugin before building the
     * portal). Default: {@code central} when this plugin was published to Maven Central, otherwise {@code source}
     * ({@code jitpack} for a JitPack build).
     */
    @Parameter(property = "bsc.init.pluginSource")
    protected String pluginSource;

    /** The plugin's GitHub repository (owner/name) for the jitpack and source routes; default: where this plugin was built from. */
    @Parameter(property = "bsc.init.pluginRepository")
    protected String pluginRepository;

    /** The released plugin version the new project asks for; default: this plugin's version (never a -SNAPSHOT). */
    @Parameter(property = "bsc.init.pluginVersion", defaultValue = "${plugin.version}")
    protected String pluginVersion;

    /** What this plugin's build recorded: its default source and repository (init-defaults.properties). */
    private static final String DEFAULTS = "dev/bscportal/maven/init-defaults.properties";

    @Override
    public void execute() throws MojoFailureException {
        try {
            Properties defaults = defaults();
            PluginSource source = PluginSource.parse(pluginSource != null ? pluginSource : defaults.getProperty("pluginSource"));
            String repository = pluginRepository != null ? pluginRepository : defaults.getProperty("repository");
            ProjectScaffold.Settings settings = new ProjectScaffold.Settings(groupId, artifactId, organisation, pluginVersion,
                    source, repository);
            Path target = ProjectScaffold.targetDirectory(Optional.ofNullable(directory).map(File::toPath),
                    Path.of(System.getProperty("user.dir")), settings);
            List<String> files = ProjectScaffold.write(target, settings);
            getLog().info("Created " + target + " with " + files.size() + " files; the plugin " + pluginVersion + " comes from "
                    + source.id() + ". Next: cd " + target.getFileName() + " && ./mvnw package, then open target/strategy-site/index.html");
        } catch (ScaffoldException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    private static Properties defaults() {
        Properties properties = new Properties();
        try (InputStream in = InitMojo.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable file of our own jar: fall back to the defaults below
        }
        properties.putIfAbsent("pluginSource", "source");
        properties.putIfAbsent("repository", "bscportal/bsc-maven-plugin");
        return properties;
    }
}
