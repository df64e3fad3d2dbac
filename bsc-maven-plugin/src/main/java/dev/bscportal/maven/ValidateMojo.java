package dev.bscportal.maven;

import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.SiteBuild;
import dev.bscportal.core.options.InvalidOptionException;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the strategy directory and reports every problem with file and line. Errors fail the build;
 * warnings do not unless {@code failOnWarnings} is set.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractStrategyMojo {

    @Override
    protected String goalName() {
        return "bsc:validate";
    }

    @Override
    protected void run() throws BuildException, InvalidOptionException {
        new SiteBuild(options(failOnWarnings).build(), problemLogger()).check();
    }
}
