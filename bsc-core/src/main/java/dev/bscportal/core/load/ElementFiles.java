package dev.bscportal.core.load;

import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Measurement;
import dev.bscportal.core.problem.Problem;
import dev.bscportal.core.problem.ProblemCode;
import dev.bscportal.core.text.TextCharacters;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads the files of a scorecard's folders into elements: Markdown with front matter (objectives, initiatives,
 * reviews), YAML (measures, OKRs, strategy.yaml), measurement tables (CSV, workbooks); each within the size limits,
 * parsed once per build ({@link ParsedFiles}), and with the warning codes its {@code ignore} key lists collected.
 * Not thread-safe: one per {@link StrategyLoader}.
 */
final class ElementFiles {

    private final LoadLimits limits;
    private final TextFileReader texts = new TextFileReader();
    private final YamlReader yaml;
    private final CsvMeasurementReader csv = new CsvMeasurementReader();
    private final WorkbookMeasurementReader workbooks = new WorkbookMeasurementReader();
    private final ParsedFiles parsed;
    /** The warning codes each file read by the current load ignores ({@code ignore} key), by file. */
    private final Map<String, Set<ProblemCode>> ignores = new TreeMap<>();

    /** What reading one element file gave: the element, if valid, and the codes its {@code ignore} key lists. */
    private record FileRead<T>(Optional<T> element, Set<ProblemCode> ignore) {
    }

    ElementFiles(LoadLimits limits, ParsedFiles parsed) {
        this.limits = limits;
        this.yaml = new YamlReader(limits);
        this.parsed = parsed;
    }

    /** The codes each file read since the last {@link #clearIgnores()} ignores, by file. */
    Map<String, Set<ProblemCode>> ignores() {
        return ignores;
    }

    void clearIgnores() {
        ignores.clear();
    }

    void ignore(String file, Set<ProblemCode> codes) {
        if (!codes.isEmpty()) {
            ignores.put(file, codes);
        }
    }

    @FunctionalInterface
    interface MarkdownElementReader<T> {
        Optional<T> read(Fields fields, String fileId, String body);
    }

    <T> List<T> markdownElements(FolderWalk walk, Path dir, String prefix, String folder, Set<String> unreadable,
                                         Consumer<Problem> report,
                                         MarkdownElementReader<T> reader, Set<String> keys, String what) {
        List<T> result = new ArrayList<>();
        for (Path file : walk.files(dir.resolve(folder), prefix + folder, ".md", report)) {
            String relative = prefix + folder + "/" + file.getFileName();
            String fileId = stripExtension(file.getFileName().toString());
            int before = result.size();
            texts.read(walk.files(), file, relative, limits.maxTextFileBytes(), report)
                    .flatMap(text -> parsed.read("md:" + folder, relative, text, report, problems -> FrontMatter.split(text, relative, problems)
                            .flatMap(fm -> yaml.parse(fm.yaml(), relative, FrontMatter.YAML_LINE_OFFSET, problems)
                                    .flatMap(node -> Fields.open(node, relative, FrontMatter.YAML_LINE_OFFSET, what, keys, problems))
                                    .or(() -> fm.yaml().isBlank() ? Fields.open(emptyMap(relative, FrontMatter.YAML_LINE_OFFSET), relative, FrontMatter.YAML_LINE_OFFSET, what, keys, problems) : Optional.empty())
                                    .map(fields -> new FileRead<>(reader.read(fields, fileId, checkedBody(text, fm.body(), relative, problems)),
                                            FileIgnores.read(fields))))))
                    .ifPresent(read -> {
                        ignore(relative, read.ignore());
                        read.element().ifPresent(result::add);
                    });
            if (result.size() == before) {
                unreadable.add(folder + "/" + fileId);
            }
        }
        return result;
    }

    <T> List<T> yamlElements(FolderWalk walk, Path dir, String prefix, String folder, Set<String> unreadable,
                                     Consumer<Problem> report,
                                     Set<String> keys, String what,
                                     BiFunction<Fields, String, Optional<T>> reader) {
        List<T> result = new ArrayList<>();
        for (Path file : walk.files(dir.resolve(folder), prefix + folder, ".yaml", report)) {
            String relative = prefix + folder + "/" + file.getFileName();
            int before = result.size();
            // files() lists only files inside the strategy directory
            String fileId = stripExtension(file.getFileName().toString());
            texts.read(walk.files(), file, relative, limits.maxTextFileBytes(), report)
                    .flatMap(text -> parsed.read("yaml:" + folder, relative, text, report, problems -> fields(text, relative, what, keys, problems)
                            .map(fields -> new FileRead<>(reader.apply(fields, fileId), FileIgnores.read(fields)))))
                    .ifPresent(read -> {
                        ignore(relative, read.ignore());
                        read.element().ifPresent(result::add);
                    });
            if (result.size() == before) {
                unreadable.add(folder + "/" + stripExtension(file.getFileName().toString()));
            }
        }
        return result;
    }

    /** The rows of {@code measurements/*.csv} and {@code measurements/*.xlsx}, file by file in name order. */
    List<Measurement> csvMeasurements(FolderWalk walk, Path dir, String prefix, Map<String, Frequency> frequencies,
                                              Consumer<Problem> report) {
        List<Measurement> result = new ArrayList<>();
        for (Path file : walk.files(dir.resolve("measurements"), prefix + "measurements", List.of(".csv", ".xlsx"), report)) {
            String relative = prefix + "measurements/" + file.getFileName();
            if (relative.endsWith(".xlsx")) {
                texts.bytes(walk.files(), file, relative, limits.maxCsvFileBytes(), report)
                        .ifPresent(bytes -> result.addAll(workbooks.read(bytes, relative, frequencies, report)));
                continue;
            }
            texts.read(walk.files(), file, relative, limits.maxCsvFileBytes(), report)
                    .ifPresent(text -> result.addAll(parsed.read("csv", relative, text, report, problems -> csv.read(text, relative, problems))));
        }
        return result;
    }

    static Map<String, Frequency> frequencies(List<Measure> measures) {
        Map<String, Frequency> result = new HashMap<>();
        measures.forEach(m -> result.put(m.id(), m.frequency()));
        return result;
    }

    Optional<Fields> readYaml(FolderWalk walk, Path file, String relative, String what, Set<String> keys,
                                      Consumer<Problem> report) {
        return texts.read(walk.files(), file, relative, limits.maxTextFileBytes(), report)
                .flatMap(text -> fields(text, relative, what, keys, report));
    }

    private Optional<Fields> fields(String text, String relative, String what, Set<String> keys, Consumer<Problem> report) {
        return yaml.parse(text, relative, 0, report)
                .or(() -> text.isBlank() ? Optional.of(emptyMap(relative, 0)) : Optional.empty())
                .flatMap(node -> Fields.open(node, relative, 0, what, keys, report));
    }

    Optional<String> readMarkdown(FolderWalk walk, Path file, String relative, Consumer<Problem> report) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return texts.read(walk.files(), file, relative, limits.maxTextFileBytes(), report)
                .map(text -> markdownFile(text, relative, 1, report) ? text.strip() : "");
    }

    /** The Markdown body after the front matter, or empty (reported) when {@link MarkdownShape} refuses it. */
    private static String checkedBody(String text, String body, String relative, Consumer<Problem> report) {
        String head = text.substring(0, text.length() - body.length());
        int firstLine = (int) head.chars().filter(c -> c == '\n').count() + 1;
        return markdownFile(body, relative, firstLine, report) ? body : "";
    }

    /** A Markdown text whose lines are the file's from {@code firstLine}: its shape and its characters checked. */
    private static boolean markdownFile(String text, String relative, int firstLine, Consumer<Problem> report) {
        StrategyCharacters.check(text, TextCharacters.Kind.PROSE, relative, firstLine, true, "The Markdown text", report);
        return MarkdownShape.check(text, relative, firstLine, true, report);
    }

    /** An empty map node, for a file whose YAML is blank, so missing required fields are still reported. */
    private Node emptyMap(String relative, int lineOffset) {
        return yaml.parse("{}", relative, lineOffset, problem -> { }).orElseThrow();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
