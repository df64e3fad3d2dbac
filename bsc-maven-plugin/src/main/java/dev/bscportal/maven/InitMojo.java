package dev.bscportal.maven;

import dev.bscportal.core.scaffold.ProjectScaffold;
import dev.bscportal.core.scaffold.ScaffoldException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

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
        File target = directory != null ? directory : new File(System.getProperty("user.dir"), artifactId);
        try {
            List<String> files = ProjectScaffold.write(target.toPath(),
                    new ProjectScaffold.Settings(groupId, artifactId, organisation, pluginVersion));
            getLog().info("Created " + target + " with " + files.size() + " files. Next: cd " + target.getName()
                    + " && mvn package, then open target/strategy-site/index.html");
        } catch (ScaffoldException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
