package dev.bscportal.maven;

import dev.bscportal.core.build.LineLog;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.sheets.SheetsImport;
import dev.bscportal.core.sheets.SheetsReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Reads filled update sheets (bsc:sheets) back into the measurement files the values live in, keeping each file's
 * format: an untouched sheet changes nothing, a filled one adds exactly its new values. A value that differs from one
 * already recorded is reported and not written unless {@code bsc.import.overwrite}. On any error nothing is written;
 * otherwise the strategy, with the new values, must still pass the check, and all files are replaced at once.
 * Not bound to a phase. See docs/data.md, "Update sheets".
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractStrategyMojo {

    /** A filled workbook, or a folder whose {@code .xlsx} files are all read. */
    @Parameter(property = "bsc.import", defaultValue = "${project.build.directory}/bsc-sheets")
    protected File importFrom;

    /** Replaces recorded values that a sheet gives differently, instead of reporting them (BSC163). */
    @Parameter(property = "bsc.import.overwrite", defaultValue = "false")
    protected boolean overwrite;

    @Override
    protected String goalName() {
        return "bsc:import";
    }

    @Override
    protected void run() throws MojoFailureException {
        SheetsReport report = new SheetsImport(overwrite).run(sourceDirectory.toPath(), importFrom.toPath());
        LineLog logger = problemLogger();
        String project = baseDirectory.getAbsolutePath() + File.separator;
        for (Problem problem : report.problems()) {
            if (!new File(problem.position().file()).isAbsolute()) {
                logger.log(problem); // a strategy file
            } else if (problem.isError()) {
                getLog().error(problem.describe().replace(project, "")); // a workbook: named from the project
            } else {
                getLog().warn(problem.describe().replace(project, ""));
            }
        }
        report.lines().forEach(line -> getLog().info("  " + line));
        if (!report.succeeded()) {
            throw new MojoFailureException("bsc:import: " + report.errors().size() + " error(s); no measurement file was changed:"
                    + SheetsMojo.summary(report.errors()));
        }
    }
}
