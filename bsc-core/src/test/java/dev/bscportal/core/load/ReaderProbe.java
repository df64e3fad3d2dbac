package dev.bscportal.core.load;

import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test-only door to the package-private readers, for the fuzz tests in {@code dev.bscportal.core.fuzz}.
 * Each method runs one reader the way {@link StrategyLoader} does and returns what came out: the element
 * (if any) and every problem reported.
 */
public final class ReaderProbe {

    /** What a reader produced: the element read (empty if none) and the problems reported. */
    public record Outcome(Optional<?> element, List<Problem> problems) {
    }

    /** The element kinds a Markdown file with front matter can hold. */
    public enum MarkdownKind { OBJECTIVE, INITIATIVE, REVIEW }

    /** The element kinds a YAML file can hold. */
    public enum YamlKind { MEASURE, OKRS }

    private ReaderProbe() {
    }

    /** Reads the bytes of a workbook as the file {@code file} (e.g. measurements/q3.xlsx), its measures monthly. */
    public static Outcome workbook(byte[] bytes, String file) {
        List<Problem> problems = new ArrayList<>();
        List<Measurement> read = new WorkbookMeasurementReader().read(bytes, file,
                java.util.Map.of("revenue", dev.bscportal.core.model.Frequency.MONTHLY), problems::add);
        return new Outcome(Optional.of(read), problems);
    }

    /** Text as {@link TextFileReader} hands it on: no byte-order mark, LF line ends only. */
    public static String asRead(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Reads YAML text as the file {@code file} (e.g. measures/x.yaml) into a measure or an OKR set. */
    public static Outcome yaml(String text, String file, YamlKind kind) {
        List<Problem> problems = new ArrayList<>();
        String fileId = fileId(file);
        YamlReader reader = new YamlReader(LoadLimits.DEFAULTS);
        Optional<?> element = reader.parse(text, file, 0, problems::add)
                .flatMap(node -> Fields.open(node, file, 0, kind == YamlKind.MEASURE ? "a measure" : "an OKR file",
                        kind == YamlKind.MEASURE ? MeasureReader.MEASURE_KEYS : ElementReaders.OKR_FILE_KEYS, problems::add))
                .flatMap(fields -> kind == YamlKind.MEASURE
                        ? MeasureReader.measure(fields, fileId, new ArrayList<>())
                        : ElementReaders.okrs(fields, fileId));
        return new Outcome(element, problems);
    }

    /** Splits a Markdown file into front matter and body and reads the front matter as {@code kind}. */
    public static Outcome markdown(String text, String file, MarkdownKind kind) {
        List<Problem> problems = new ArrayList<>();
        String fileId = fileId(file);
        YamlReader reader = new YamlReader(LoadLimits.DEFAULTS);
        Optional<?> element = FrontMatter.split(text, file, problems::add)
                .flatMap(fm -> reader.parse(fm.yaml(), file, FrontMatter.YAML_LINE_OFFSET, problems::add)
                        .or(() -> fm.yaml().isBlank()
                                ? reader.parse("{}", file, FrontMatter.YAML_LINE_OFFSET, problem -> { })
                                : Optional.empty())
                        .flatMap(node -> Fields.open(node, file, FrontMatter.YAML_LINE_OFFSET, "an element", keys(kind),
                                problems::add))
                        .flatMap(fields -> switch (kind) {
                            case OBJECTIVE -> ElementReaders.objective(fields, fileId, fm.body());
                            case INITIATIVE -> ElementReaders.initiative(fields, fileId, fm.body());
                            case REVIEW -> ElementReaders.review(fields, fileId, fm.body());
                        }));
        return new Outcome(element, problems);
    }

    /** Reads CSV text as measurements. */
    public static Outcome csv(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        List<Measurement> measurements = new CsvMeasurementReader().read(text, file, problems::add);
        return new Outcome(Optional.of(measurements), problems);
    }

    private static java.util.Set<String> keys(MarkdownKind kind) {
        return switch (kind) {
            case OBJECTIVE -> ElementReaders.OBJECTIVE_KEYS;
            case INITIATIVE -> ElementReaders.INITIATIVE_KEYS;
            case REVIEW -> ElementReaders.REVIEW_KEYS;
        };
    }

    private static String fileId(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
