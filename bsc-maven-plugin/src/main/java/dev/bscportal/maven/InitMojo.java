package dev.bscportal.maven;

import dev.bscportal.core.scaffold.ProjectScaffold;
import dev.bscportal.core.scaffold.ScaffoldException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Creates a new strategy project: a pom with the plugin, a small valid strategy with every file type once
 * (commented), editor schema wiring and a GitHub Pages workflow. Runs without a project:
 * {@code mvn dev.bscportal:bsc-maven-plugin:init -Dbsc.init.organisation="ACME Ltd"}.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** Where to create the project; must not exist or be empty. Defaults to ./artifactId. */
    @Parameter(property = "bsc.init.directory")
    protected File directory;

    @Parameter(property = "bsc.init.groupId", defaultValue = "com.example")
    protected String groupId;

    @Parameter(property = "bsc.init.artifactId", defaultValue = "strategy")
    protected String artifactId;

    /** The organisation's name, written into strategy.yaml. */
    @Parameter(property = "bsc.init.organisation", defaultValue = "Example Ltd")
    protected String organisation;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    @Override
    public void execute() throws MojoFailureException {
        ProjectScaffold.Settings settings = new ProjectScaffold.Settings(groupId, artifactId, organisation, pluginVersion);
        try {
            Path target = ProjectScaffold.targetDirectory(Optional.ofNullable(directory).map(File::toPath),
                    Path.of(System.getProperty("user.dir")), settings);
            List<String> files = ProjectScaffold.write(target, settings);
            getLog().info("Created " + target + " with " + files.size() + " files. Next: cd " + target.getFileName()
                    + " && mvn package, then open target/strategy-site/index.html");
        } catch (ScaffoldException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
