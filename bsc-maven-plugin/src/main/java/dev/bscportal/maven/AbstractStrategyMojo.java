package dev.bscportal.maven;

import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.RuleCodes;
import dev.bscportal.core.options.InvalidOptionException;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Parameters every goal shares; a refused setting or a failed build fails the goal with the engine's message. */
abstract class AbstractStrategyMojo extends AbstractMojo {

    /** The strategy directory: strategy.yaml, objectives/, measures/, ... */
    @Parameter(property = "bsc.sourceDirectory", defaultValue = "${project.basedir}/src/strategy", required = true)
    protected File sourceDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File baseDirectory;

    /** Skips the goal. */
    @Parameter(property = "bsc.skip", defaultValue = "false")
    protected boolean skip;

    /** Fails the build on best-practice warnings too, not only on errors. */
    @Parameter(property = "bsc.failOnWarnings", defaultValue = "false")
    protected boolean failOnWarnings;

    /** Codes of rules to switch off, e.g. {@code BSC104}. On the command line: {@code -Dbsc.disabledRules=BSC104,BSC109}. */
    @Parameter(property = "bsc.disabledRules")
    protected List<String> disabledRules = new ArrayList<>();

    @Override
    public final void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goalName() + " (bsc.skip=true)");
            return;
        }
        try {
            run();
        } catch (BuildException | InvalidOptionException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    protected abstract String goalName();

    protected abstract void run() throws BuildException, InvalidOptionException, MojoFailureException;

    /** The options every goal shares; {@code failOnWarnings} is false for the preview, which never fails on them. */
    protected BuildOptions.Builder options(boolean failOnWarnings) throws InvalidOptionException {
        return BuildOptions.builder(sourceDirectory.toPath()).baseDirectory(baseDirectory.toPath())
                .check(RuleCodes.checkOptions(disabledRules, failOnWarnings));
    }

    protected ProblemLogger problemLogger() {
        return new ProblemLogger(getLog(), sourceDirectory.toPath(), baseDirectory.toPath());
    }
}
