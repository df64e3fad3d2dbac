package dev.bscportal.maven;

import dev.bscportal.core.build.BuildException;
import dev.bscportal.core.build.BuildOptions;
import dev.bscportal.core.build.LineLog;
import dev.bscportal.core.build.RuleCodes;
import dev.bscportal.core.build.ProjectFolders;
import dev.bscportal.core.options.InvalidOptionException;
import dev.bscportal.core.problem.Problem;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parameters every goal shares; a refused setting or a failed build fails the goal with the engine's message. */
abstract class AbstractStrategyMojo extends AbstractMojo {

    /** The strategy directory: strategy.yaml, objectives/, measures/, ... */
    @Parameter(property = "bsc.sourceDirectory", defaultValue = "${project.basedir}/src/strategy", required = true)
    protected File sourceDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File baseDirectory;

    /** Where a long problem list is written in full (bsc-problems.txt). */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    protected File buildDirectory;

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
        refuseRootsOutsideProject();
        try {
            run();
        } catch (BuildException | InvalidOptionException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The folders this goal reads besides the strategy, by parameter name (bsc:build: the template directory). */
    protected Map<String, File> otherRoots() {
        return Map.of();
    }

    /** BSC030 for a strategy or template directory that leads out of the project through a link (ProjectRoots). */
    private void refuseRootsOutsideProject() throws MojoFailureException {
        Map<String, Path> roots = new LinkedHashMap<>();
        roots.put("sourceDirectory", sourceDirectory.toPath());
        otherRoots().forEach((name, folder) -> roots.put(name, folder.toPath()));
        List<Problem> refused = ProjectFolders.leadingOut(baseDirectory.toPath(), roots);
        if (!refused.isEmpty()) {
            refused.forEach(p -> getLog().error(p.describe()));
            throw new MojoFailureException("A folder the build reads leads out of the project through a symbolic link;"
                    + " see the list above.");
        }
    }

    protected abstract String goalName();

    protected abstract void run() throws BuildException, InvalidOptionException, MojoFailureException;

    /** The options every goal shares; {@code failOnWarnings} is false for the preview, which never fails on them. */
    protected BuildOptions.Builder options(boolean failOnWarnings) throws InvalidOptionException {
        return BuildOptions.builder(sourceDirectory.toPath()).baseDirectory(baseDirectory.toPath())
                .check(RuleCodes.checkOptions(disabledRules, failOnWarnings));
    }

    /** What a build reports, written to Maven's log; a list of problems cut short there goes whole to bsc-problems.txt. */
    protected LineLog problemLogger() {
        Log log = getLog();
        LineLog.Lines lines = new LineLog.Lines() {
            @Override
            public void info(String line) {
                log.info(line);
            }

            @Override
            public void warn(String line) {
                log.warn(line);
            }

            @Override
            public void error(String line) {
                log.error(line);
            }

            @Override
            public void debug(String line) {
                log.debug(line);
            }
        };
        return new LineLog(lines, sourceDirectory.toPath(), baseDirectory.toPath(),
                Optional.ofNullable(buildDirectory).map(d -> new File(d, "bsc-problems.txt").toPath()));
    }
}
