package dev.bscportal.core.sheets;

import dev.bscportal.core.load.UpdateSheetReader;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.problem.SourcePosition;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code bsc:import}: reads filled update sheets back into the measurement files (docs/data.md, "Update sheets").
 * A value already recorded is left alone when it is the same, and is a conflict (BSC163) when it differs, unless
 * {@code overwrite}; a new value goes into the file the measure's values already live in (a CSV file or its measure
 * file's {@code measurements:} block), else into {@code measurements/<measure>.csv} of its scorecard. Nothing is
 * written when any error is found, and the files are written only when the strategy, with them changed, still
 * passes the check; then all of them are replaced at once ({@link FileSwap}).
 */
public final class SheetsImport {

    private final boolean overwrite;

    public SheetsImport(boolean overwrite) {
        this.overwrite = overwrite;
    }

    /** A measure a sheet may name, by its reference ({@code revenue}, {@code sales/win-rate}). */
    private record Target(Scorecard scorecard, Measure measure) {
    }

    /** Imports the workbook {@code workbooks} (or every {@code .xlsx} in that folder) into the strategy's files. */
    public SheetsReport run(Path strategyDirectory, Path workbooks) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = workbookFiles(workbooks, problems);
        if (!problems.isEmpty()) {
            return new SheetsReport(List.of(), problems);
        }
        Optional<Strategy> strategy = CheckedStrategy.read(strategyDirectory, problems);
        if (strategy.isEmpty()) {
            return new SheetsReport(List.of("The strategy has errors; fix them before importing values."), problems);
        }
        Map<String, Target> targets = targets(strategy.get());
        Map<String, Frequency> frequencies = new HashMap<>();
        targets.forEach((reference, target) -> frequencies.put(reference, target.measure().frequency()));
        UpdateSheetReader reader = new UpdateSheetReader(SheetColumns.CONTEXT);
        Map<String, List<Change>> byFile = new TreeMap<>();
        Map<String, Measurement> seen = new HashMap<>();
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            Optional<byte[]> bytes = read(file, name, problems);
            if (bytes.isEmpty()) {
                continue;
            }
            for (Measurement read : reader.read(bytes.get(), name, frequencies, problems::add)) {
                plan(read, targets, seen, byFile, problems);
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new SheetsReport(List.of("Nothing was imported."), problems);
        }
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Change>> e : byFile.entrySet()) {
            edit(strategyDirectory, e.getKey(), e.getValue(), strategy.get(), problems).ifPresent(text -> {
                contents.put(strategyDirectory.resolve(e.getKey()), text.getBytes(StandardCharsets.UTF_8));
                long replaced = e.getValue().stream().filter(c -> c.replaces().isPresent()).count();
                lines.add(e.getKey() + ": " + (e.getValue().size() - replaced) + " new value(s)"
                        + (replaced > 0 ? ", " + replaced + " replaced" : ""));
            });
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new SheetsReport(List.of("Nothing was imported."), problems);
        }
        if (contents.isEmpty()) {
            return new SheetsReport(List.of("No new values: every measurement file stays as it is."), problems);
        }
        List<Problem> afterwards = ImportCheck.errorsAfter(strategyDirectory, contents);
        if (!afterwards.isEmpty()) {
            problems.addAll(afterwards);
            return new SheetsReport(List.of("Nothing was imported: with these values the strategy would not pass the check."), problems);
        }
        try {
            FileSwap.replaceAll(contents);
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.IMPORT_NOT_WRITABLE, SourcePosition.file(byFile.keySet().iterator().next()),
                    "The measurement files could not be written (" + e.getMessage() + "); every file is left as it was."));
            return new SheetsReport(List.of("Nothing was imported."), problems);
        }
        return new SheetsReport(lines, problems);
    }

    private static Map<String, Target> targets(Strategy strategy) {
        Map<String, Target> targets = new HashMap<>();
        for (Scorecard scorecard : strategy.allScorecards()) {
            for (Measure measure : scorecard.measures()) {
                targets.put(SheetEntry.reference(scorecard, measure), new Target(scorecard, measure));
            }
        }
        return targets;
    }

    /** Checks one value read from a sheet and, when it is new or replaces a recorded one, files it under its target file. */
    private void plan(Measurement read, Map<String, Target> targets, Map<String, Measurement> seen,
                      Map<String, List<Change>> byFile, List<Problem> problems) {
        SourcePosition cell = read.origin().at();
        Target target = targets.get(read.measure());
        if (target == null) {
            problems.add(Problem.of(ProblemCode.MEASUREMENT_FOR_UNKNOWN_MEASURE, read.origin().of("measure"),
                    "No measure '" + read.measure() + "' in the strategy (a unit's measure is named with the unit's path, sales/win-rate)."));
            return;
        }
        Measure measure = target.measure();
        if (measure.isCalculated()) {
            problems.add(Problem.of(ProblemCode.CALC_INPUT_REFUSED, cell, "'" + read.measure() + "' is calculated from other measures;"
                    + " it records no values of its own."));
            return;
        }
        if (read.period().granularity() != measure.frequency()) {
            problems.add(Problem.of(ProblemCode.PERIOD_FREQUENCY_MISMATCH, read.origin().of("period"), "The period " + read.period()
                    + " is not a " + measure.frequency().id() + " period, as '" + read.measure() + "' is."));
            return;
        }
        String key = read.measure() + " " + read.period();
        Measurement earlier = seen.putIfAbsent(key, read);
        if (earlier != null) {
            if (!same(earlier.value(), read.value())) {
                problems.add(Problem.of(ProblemCode.DUPLICATE_MEASUREMENT, cell, "'" + read.measure() + "' " + read.period()
                        + " is given twice in the sheets: " + number(read.value()) + " here and " + number(earlier.value()) + " at "
                        + earlier.origin().at() + "."));
            }
            return;
        }
        Optional<Measurement> recorded = target.scorecard().measurementsOf(measure.id()).stream()
                .filter(m -> m.period().equals(read.period())).findFirst();
        Change change = new Change(measure.id(), read.period(), read.value(), read.note(), cell, Optional.empty());
        if (recorded.isPresent()) {
            Measurement old = recorded.get();
            if (same(old.value(), read.value())) {
                return;
            }
            if (!overwrite) {
                problems.add(Problem.of(ProblemCode.IMPORT_CONFLICT, cell, "The sheet gives " + number(read.value()) + " for '"
                        + read.measure() + "' " + read.period() + ", but " + number(old.value()) + " is recorded at " + old.origin().at() + "."));
                return;
            }
            if (old.origin().file().endsWith(".xlsx")) {
                problems.add(Problem.of(ProblemCode.IMPORT_NOT_WRITABLE, cell, "The value of '" + read.measure() + "' " + read.period()
                        + " to replace is recorded in a workbook, at " + old.origin().at() + "; change it there."));
                return;
            }
            change = new Change(measure.id(), read.period(), read.value(), read.note(), cell, recorded);
            byFile.computeIfAbsent(old.origin().file(), f -> new ArrayList<>()).add(change);
            return;
        }
        byFile.computeIfAbsent(fileFor(target), f -> new ArrayList<>()).add(change);
    }

    /** The file a new value of the measure goes into: where its latest recorded value is, unless that is a workbook. */
    static String fileFor(Target target) {
        List<Measurement> recorded = target.scorecard().measurementsOf(target.measure().id());
        for (int i = recorded.size() - 1; i >= 0; i--) {
            String file = recorded.get(i).origin().file();
            if (!file.endsWith(".xlsx")) {
                return file;
            }
        }
        String directory = target.scorecard().directory();
        return (directory.isEmpty() ? "" : directory + "/") + "measurements/" + target.measure().id() + ".csv";
    }

    private Optional<String> edit(Path strategyDirectory, String relative, List<Change> changes, Strategy strategy, List<Problem> problems) {
        Path file = strategyDirectory.resolve(relative);
        String text = "";
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new NotEditable("it is not a plain file (a link or a folder)", 0);
                }
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            }
            if (relative.endsWith(".csv")) {
                return Optional.of(CsvFileEdit.apply(text, changes));
            }
            String measureId = changes.get(0).measure();
            List<Measurement> recorded = strategy.allScorecards().stream()
                    .flatMap(s -> s.measurementsOf(measureId).stream())
                    .filter(m -> m.origin().file().equals(relative)).toList();
            return Optional.of(YamlFileEdit.apply(text, changes, recorded));
        } catch (NotEditable e) {
            for (Change change : changes) {
                problems.add(Problem.of(ProblemCode.IMPORT_NOT_WRITABLE, change.from(), "The value for '" + change.measure() + "' "
                        + change.period() + " cannot be written into " + SourcePosition.of(relative, e.line()) + ": " + e.getMessage() + "."));
            }
        } catch (CharacterCodingException e) {
            problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, SourcePosition.file(relative), "The file is not UTF-8 text, so it is not changed."));
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.IMPORT_NOT_WRITABLE, SourcePosition.file(relative), "The file could not be read ("
                    + e.getClass().getSimpleName() + ")."));
        }
        return Optional.empty();
    }

    private static Optional<byte[]> read(Path file, String name, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > UpdateSheetReader.maxBytes()) {
                problems.add(Problem.of(ProblemCode.FILE_TOO_LARGE, SourcePosition.file(name), "The workbook has " + size
                        + " bytes; at most " + UpdateSheetReader.maxBytes() + " are read."));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.SHEETS_PATH_REFUSED, SourcePosition.file(name), "The workbook could not be read ("
                    + e.getClass().getSimpleName() + ")."));
            return Optional.empty();
        }
    }

    /** The workbook, or the {@code .xlsx} files of the folder by name (not its sub-folders, nor lock files {@code ~$x.xlsx}). */
    private static List<Path> workbookFiles(Path path, List<Problem> problems) {
        SourcePosition at = SourcePosition.file(path.toString());
        if (Files.isRegularFile(path)) {
            if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                problems.add(Problem.of(ProblemCode.SHEETS_PATH_REFUSED, at, "This is not an .xlsx workbook."));
            }
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            problems.add(Problem.of(ProblemCode.SHEETS_PATH_REFUSED, at, "No such workbook or folder."));
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(path)) {
            files = listed.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") && !n.startsWith(".") && !n.startsWith("~$");
                    })
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.SHEETS_PATH_REFUSED, at, "The folder could not be listed (" + e.getClass().getSimpleName() + ")."));
            return List.of();
        }
        if (files.isEmpty()) {
            problems.add(Problem.of(ProblemCode.SHEETS_PATH_REFUSED, at, "The folder holds no .xlsx workbook."));
        }
        return files;
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String number(double value) {
        return new Change("", dev.bscportal.core.model.Period.year(2000), value, "", SourcePosition.NONE, Optional.empty()).valueText();
    }
}
