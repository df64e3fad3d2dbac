package dev.bscportal.maven;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.load.LoadLimits;
import dev.bscportal.core.load.ParsedFiles;
import dev.bscportal.core.problem.ProblemCode;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parameters every goal shares, and the check that runs before anything is built. */
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

    /**
     * Codes of rules to switch off, e.g. {@code BSC104}. On the command line: {@code -Dbsc.disabledRules=BSC104,BSC109}.
     */
    @Parameter(property = "bsc.disabledRules")
    protected List<String> disabledRules = new ArrayList<>();

    /** What this execution's loads read, so a second load (the "What changed" baseline) reuses unchanged files. */
    protected final ParsedFiles parsedFiles = new ParsedFiles();

    @Override
    public final void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goalName() + " (bsc.skip=true)");
            return;
        }
        refuseRootsOutsideProject();
        run();
    }

    /** The folders this goal reads besides the strategy, by parameter name (bsc:build: the template directory). */
    protected java.util.Map<String, File> otherRoots() {
        return java.util.Map.of();
    }

    /** BSC030 for a strategy or template directory that leads out of the project through a link (ProjectRoots). */
    private void refuseRootsOutsideProject() throws MojoFailureException {
        java.util.Map<String, File> roots = new java.util.LinkedHashMap<>();
        roots.put("sourceDirectory", sourceDirectory);
        roots.putAll(otherRoots());
        List<dev.bscportal.core.problem.Problem> refused = new ArrayList<>();
        roots.forEach((name, root) -> dev.bscportal.core.files.ProjectRoots.outside(baseDirectory.toPath(), root.toPath(), name)
                .ifPresent(refused::add));
        if (!refused.isEmpty()) {
            refused.forEach(p -> getLog().error(p.describe()));
            throw new MojoFailureException("A folder the build reads leads out of the project through a symbolic link;"
                    + " see the list above.");
        }
    }

    protected abstract String goalName();

    protected abstract void run() throws MojoFailureException;

    /** Loads, scores and validates the strategy, logs every problem, and fails the build on errors. */
    protected CheckResult checkStrategy() throws MojoFailureException {
        CheckOptions options = new CheckOptions(disabledCodes(), failOnWarnings, LoadLimits.DEFAULTS);
        CheckResult result = new StrategyChecker(options, parsedFiles).check(sourceDirectory.toPath());
        problemLogger().log(result, java.util.Optional.ofNullable(buildDirectory)
                .map(d -> new File(d, "bsc-problems.txt").toPath()));
        if (result.failsBuild()) {
            throw new MojoFailureException(failureMessage(result));
        }
        return result;
    }

    protected ProblemLogger problemLogger() {
        return new ProblemLogger(getLog(), sourceDirectory.toPath(), baseDirectory.toPath());
    }

    private String failureMessage(CheckResult result) {
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (errors == 0 && result.strategy().isEmpty()) {
            return "No strategy could be read from " + sourceDirectory;
        }
        if (errors == 0) {
            return "The strategy has " + warnings + " warning(s) and failOnWarnings is set; see the list above.";
        }
        return "The strategy in " + sourceDirectory + " has " + errors + " error(s); see the list above, fix them and build again.";
    }

    /** The rule codes switched off by {@code disabledRules}, for goals that check the strategy themselves. */
    protected Set<ProblemCode> disabledCodesForPreview() throws MojoFailureException {
        return disabledCodes();
    }

    private Set<ProblemCode> disabledCodes() throws MojoFailureException {
        Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
        for (String entry : disabledRules) {
            for (String text : entry.split(",")) {
                if (text.isBlank()) {
                    continue;
                }
                Optional<ProblemCode> code = ProblemCode.byCode(text);
                if (code.isEmpty()) {
                    throw new MojoFailureException("disabledRules names an unknown rule code '" + text.trim()
                            + "'. Use codes such as BSC104; docs/format.md lists them all.");
                }
                Optional<String> refused = dev.bscportal.core.engine.CheckOptions.whyNotDisabled(code.get());
                if (refused.isPresent()) {
                    throw new MojoFailureException("disabledRules: " + refused.get());
                }
                codes.add(code.get());
            }
        }
        return codes;
    }
}
