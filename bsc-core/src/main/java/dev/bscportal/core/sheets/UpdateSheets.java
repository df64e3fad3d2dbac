package dev.bscportal.core.sheets;

import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code bsc:sheets}: one workbook per owner (or per unit) listing the recorded measures they own, with the last
 * {@code recent} values, the targets and the periods due (docs/data.md, "Update sheets"). Calculated measures are left
 * out (they record nothing). The same strategy gives byte-identical workbooks.
 */
public final class UpdateSheets {

    /** The owner of measures that name none, and the file name stem of owners whose name gives no file name. */
    static final String NO_OWNER = "(no owner)";
    static final String COMPANY = "(company)";

    private final SheetsGrouping grouping;
    private final int recent;

    /** {@code recent}: how many recorded values per measure give context (0-24). */
    public UpdateSheets(SheetsGrouping grouping, int recent) {
        if (recent < 0 || recent > 24) {
            throw new IllegalArgumentException("recent must be 0 to 24: " + recent);
        }
        this.grouping = grouping;
        this.recent = recent;
    }

    /** Writes the workbooks of the strategy in {@code strategyDirectory} into {@code outputDirectory}. */
    public SheetsReport write(Path strategyDirectory, Path outputDirectory) {
        List<Problem> problems = new ArrayList<>();
        Path strategy = strategyDirectory.toAbsolutePath().normalize();
        Path output = outputDirectory.toAbsolutePath().normalize();
        if (output.startsWith(strategy)) {
            problems.add(Problem.of(ProblemCode.SHEETS_PATH_REFUSED, SourcePosition.file(outputDirectory.toString()),
                    "The update sheets would be written into the strategy directory, where the build would read them as"
                            + " measurement workbooks."));
            return new SheetsReport(List.of(), problems);
        }
        Optional<Strategy> checked = CheckedStrategy.read(strategyDirectory, problems);
        if (checked.isEmpty()) {
            return new SheetsReport(List.of(), problems);
        }
        Map<String, List<SheetEntry>> groups = groups(checked.get(), problems);
        Map<String, String> names = SafeFileNames.assign(new ArrayList<>(groups.keySet()),
                grouping == SheetsGrouping.OWNER ? "owner" : "unit");
        List<String> lines = new ArrayList<>();
        try {
            if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
                throw new IOException("it exists and is not a folder");
            }
            Map<Path, byte[]> files = new LinkedHashMap<>();
            for (Map.Entry<String, List<SheetEntry>> group : groups.entrySet()) {
                Path file = outputDirectory.resolve(names.get(group.getKey()));
                files.put(file, SheetWorkbook.write(group.getKey(), group.getValue()));
                int due = group.getValue().stream().mapToInt(e -> e.due().size()).sum();
                lines.add(file.getFileName() + ": " + group.getKey() + ", " + group.getValue().size() + " measure(s), "
                        + due + " value(s) due");
            }
            Files.createDirectories(outputDirectory);
            FileSwap.replaceAll(files);
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.SHEETS_PATH_REFUSED, SourcePosition.file(outputDirectory.toString()),
                    "The update sheets could not be written: " + e.getMessage() + "."));
            return new SheetsReport(List.of(), problems);
        }
        return new SheetsReport(lines, problems);
    }

    /** Entries by owner or unit, sorted by name; in each, the measures by unit path and id. */
    private Map<String, List<SheetEntry>> groups(Strategy strategy, List<Problem> problems) {
        Optional<Period> companyAsOf = strategy.company().info().asOf();
        Optional<Period> latest = strategy.allScorecards().stream().flatMap(s -> s.measurements().stream())
                .map(Measurement::period).max((a, b) -> a.endDate().compareTo(b.endDate()));
        Map<String, List<SheetEntry>> groups = new TreeMap<>();
        for (Scorecard scorecard : strategy.allScorecards()) {
            Optional<Period> asOf = scorecard.info().asOf().or(() -> companyAsOf).or(() -> latest);
            for (Measure measure : scorecard.measures()) {
                if (measure.isCalculated()) {
                    continue;
                }
                List<Measurement> recorded = scorecard.measurementsOf(measure.id());
                List<Period> due = asOf.map(p -> DuePeriods.of(measure.frequency(), recorded, p)).orElse(List.of());
                if (asOf.isEmpty()) {
                    problems.add(Problem.of(ProblemCode.NO_PERIOD_TO_FILL, measure.origin().at(), "No period of '" + measure.id()
                            + "' is due: the strategy has no as-of and no values, so its sheet lists the measure without a row to fill."));
                }
                List<Measurement> last = recorded.subList(Math.max(0, recorded.size() - recent), recorded.size());
                String key = grouping == SheetsGrouping.OWNER
                        ? (measure.owner() == null || measure.owner().isBlank() ? NO_OWNER : measure.owner().strip())
                        : (scorecard.isCompany() ? COMPANY : scorecard.path());
                groups.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new SheetEntry(SheetEntry.reference(scorecard, measure), scorecard, measure, last, due));
            }
        }
        return groups;
    }
}
