package dev.bscportal.maven;

import dev.bscportal.core.build.LineLog;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.sheets.SheetsGrouping;
import dev.bscportal.core.sheets.SheetsReport;
import dev.bscportal.core.sheets.UpdateSheets;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Writes update sheets for owners: one Excel workbook per owner (or per unit) listing the measures they own with
 * their last values, targets and the periods due, value cells validated (numbers only) and everything else
 * protected. The same strategy gives byte-identical workbooks. Fill them in, then run bsc:import. Not bound to a
 * phase. See docs/data.md, "Update sheets".
 */
@Mojo(name = "sheets", threadSafe = true)
public class SheetsMojo extends AbstractStrategyMojo {

    /** Where the workbooks go (outside the strategy directory). */
    @Parameter(property = "bsc.sheets.directory", defaultValue = "${project.build.directory}/bsc-sheets")
    protected File sheetsDirectory;

    /** One workbook per {@code owner} (a measure's owner) or per {@code unit} (the company and each unit). */
    @Parameter(property = "bsc.sheets.by", defaultValue = "owner")
    protected String by;

    /** How many recorded values per measure the sheet shows for context (0-24). */
    @Parameter(property = "bsc.sheets.recent", defaultValue = "4")
    protected int recent;

    @Override
    protected String goalName() {
        return "bsc:sheets";
    }

    @Override
    protected void run() throws MojoFailureException {
        SheetsGrouping grouping = SheetsGrouping.parse(by).orElseThrow(() -> new MojoFailureException(
                "bsc:sheets: bsc.sheets.by is 'owner' or 'unit', not '" + by + "'."));
        if (recent < 0 || recent > 24) {
            throw new MojoFailureException("bsc:sheets: bsc.sheets.recent is 0 to 24, not " + recent + ".");
        }
        SheetsReport report = new UpdateSheets(grouping, recent).write(sourceDirectory.toPath(), sheetsDirectory.toPath());
        LineLog logger = problemLogger();
        report.problems().forEach(logger::log);
        report.lines().forEach(line -> getLog().info("  " + line));
        if (!report.succeeded()) {
            throw new MojoFailureException("bsc:sheets: " + report.errors().size() + " error(s); no workbook was written:"
                    + summary(report.errors()));
        }
        getLog().info(report.lines().size() + " update sheet(s) in " + sheetsDirectory);
    }

    /** For the log: the problems as one line each. */
    static String summary(Iterable<Problem> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append("\n  ").append(p.position()).append(": ").append(p.code().code()));
        return out.toString();
    }
}
