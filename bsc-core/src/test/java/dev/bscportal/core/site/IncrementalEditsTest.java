package dev.bscportal.core.site;

import dev.bscportal.core.engine.CheckOptions;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.engine.StrategyChecker;
import dev.bscportal.core.maps.MapLayout;
import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.SameFiles;
import dev.bscportal.core.testing.TreeCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page keys ({@link PageDependencies}, {@link PageInputs}) must hold everything a page shows, or a rebuild keeps
 * a stale page. So: for many kinds of single edits on several strategies, a rebuild that keeps the pages whose key
 * did not change must write exactly what a full build writes, file by file and byte by byte. And an edit of one
 * measurement renders only the few pages that show it.
 */
public class IncrementalEditsTest {

    /** The strategies the author's edits are replayed on, by name: the memo tests replay them on the same ones. */
    public static final Map<String, Path> FIXTURES = Map.of(
            "example", Path.of("../example-strategy/src/strategy"),
            "public-sector", Path.of("src/test/resources/strategies/public-sector"),
            "airline", Path.of("src/test/resources/strategies/airline"),
            "sparse", Path.of("src/test/resources/strategies/sparse"));

    /** One edit an author makes; returns the site options to build with, or empty when it does not apply. */
    public interface Edit {
        Optional<SiteOptions> apply(Path strategy, SiteOptions options) throws IOException;
    }

    private static final Map<String, Edit> EDITS = edits();

    /** The author's edits by name, for the tests of other outputs that keep what did not change (the briefing books). */
    public static Map<String, Edit> authorEdits() {
        return EDITS;
    }

    @TempDir
    static Path shared;

    private static Optional<MapLayout> layout;
    private static final Map<String, Built> BEFORE = new HashMap<>();

    private record Built(Path site, RenderReport report) {
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void graphviz() {
        layout = Optional.of(Dot.cached(shared.resolve("map-cache")));
    }

    static Stream<Arguments> editsOnFixtures() throws IOException {
        return applicable(FIXTURES, new TreeSet<>(FIXTURES.keySet()), EDITS, EDITS.keySet());
    }

    /**
     * Each (fixture, edit) pair of the given names where the edit finds what it changes in that fixture: tried on a
     * throwaway copy, so only edits that apply become test cases.
     */
    public static Stream<Arguments> applicable(Map<String, Path> fixtures, Iterable<String> fixtureNames,
            Map<String, Edit> edits, Iterable<String> editNames) throws IOException {
        List<Arguments> cases = new ArrayList<>();
        Path probe = Files.createTempDirectory("bsc-edit-probe");
        int probes = 0;
        try {
            for (String fixture : fixtureNames) {
                for (String edit : editNames) {
                    Path copy = TreeCopy.copy(fixtures.get(fixture), probe.resolve(fixture + "-" + probes++).resolve("strategy"));
                    if (edits.get(edit).apply(copy, SiteOptions.defaults()).isPresent()) {
                        cases.add(Arguments.of(fixture, edit));
                    }
                }
            }
        } finally {
            dev.bscportal.core.files.FileTrees.deleteQuietly(probe);
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("editsOnFixtures")
    void givenOneEdit_whenRebuiltKeepingUnchangedPages_thenTheSiteIsByteIdenticalToAFullBuild(String fixture, String edit)
            throws Exception {
        // given a strategy, its site published before, and one edit
        Built before = before(fixture, SiteOptions.defaults());
        Path source = TreeCopy.copy(FIXTURES.get(fixture), dir.resolve("strategy"));
        SiteOptions options = EDITS.get(edit).apply(source, SiteOptions.defaults()).orElseThrow();

        // when it is rebuilt keeping the unchanged pages, and built in full
        RenderReport report = render(source, options, Files.createDirectories(dir.resolve("incremental")),
                Optional.of(new PreviousSite(before.site(), before.report().pageDigests())));
        render(source, options, Files.createDirectories(dir.resolve("full")), Optional.empty());

        // then both are the same, byte for byte
        SameFiles.assertSame(dir.resolve("full"), dir.resolve("incremental"));
        assertTrue(report.pagesKept() < report.pages(), "the edited pages are rendered: " + report);
    }

    @Test
    void givenAnEditionWithoutActuals_whenAMeasurementChanges_thenTheRebuildIsByteIdenticalToAFullBuild() throws Exception {
        SiteOptions noActuals = SiteOptions.defaults().withRedactions(Set.of(Redaction.ACTUALS));
        Built before = before("example", noActuals);
        Path source = TreeCopy.copy(FIXTURES.get("example"), dir.resolve("strategy"));
        EDITS.get("a unit's measurement value").apply(source, noActuals).orElseThrow();

        render(source, noActuals, Files.createDirectories(dir.resolve("incremental")),
                Optional.of(new PreviousSite(before.site(), before.report().pageDigests())));
        render(source, noActuals, Files.createDirectories(dir.resolve("full")), Optional.empty());

        SameFiles.assertSame(dir.resolve("full"), dir.resolve("incremental"));
    }

    @Test
    void givenTheExample_whenOneMeasurementOfAUnitChanges_thenOnlyThePagesShowingItAreRendered() throws Exception {
        // given the example and one value of the sales unit's pipeline measure changed (its statuses stay)
        Built before = before("example", SiteOptions.defaults());
        Path source = TreeCopy.copy(FIXTURES.get("example"), dir.resolve("strategy"));
        replace(source.resolve("units/sales/measurements/sales.csv"), "pipeline-value,2024-12,8.5,", "pipeline-value,2024-12,8.6,");
        Path site = Files.createDirectories(dir.resolve("incremental"));

        // when it is rebuilt keeping unchanged pages
        RenderReport report = render(source, SiteOptions.defaults(), site,
                Optional.of(new PreviousSite(before.site(), before.report().pageDigests())));

        // then the rendered pages are the measure's page, the pages of the unit and its parent that roll scores up,
        // and the site-wide pages; every other objective, measure, initiative and review page is kept
        Set<String> rendered = rendered(before.site(), site);
        Set<String> expected = new TreeSet<>(Set.of("units/sales/measures/pipeline-value.html",
                "units/sales/objectives/fill-pipeline.html", "404.html", "search.html", "owners/index.html"));
        for (String page : SameFiles.files(before.site()).keySet()) {
            // a map's own page (maps/*.html) is one of its map's files, kept while the map is the same
            if (page.startsWith("units/sales/") && page.endsWith(".html") && !isElementPage(page) && !page.contains("/maps/")) {
                expected.add(page);
            }
        }
        assertEquals(expected, rendered);
        assertEquals(report.pages() - report.pagesKept(), rendered.size(), report.toString());
        System.out.printf("one unit measurement: %d of %d pages rendered%n", rendered.size(), report.pages());
    }

    private static boolean isElementPage(String page) {
        return page.matches(".*/(objectives|measures|initiatives|reviews)/[^/]+\\.html") && !page.endsWith("/index.html");
    }

    @Test
    void givenTheExample_whenTheTextOfACompanyObjectiveThatUnitsSupportChanges_thenNoUnitPageIsRendered() throws Exception {
        // given the example and more text for a company objective that unit objectives support
        Built before = before("example", SiteOptions.defaults());
        Path source = TreeCopy.copy(FIXTURES.get("example"), dir.resolve("strategy"));
        replace(source.resolve("objectives/win-new-customers.md"), "\n---\n", "\n---\nOne more sentence of rationale.\n\n");
        Path site = Files.createDirectories(dir.resolve("incremental"));

        // when it is rebuilt keeping unchanged pages
        render(source, SiteOptions.defaults(), site, Optional.of(new PreviousSite(before.site(), before.report().pageDigests())));

        // then its own page and the company's roll-up pages are rendered, no page of a unit (they show its name only)
        Set<String> rendered = rendered(before.site(), site);
        assertTrue(rendered.contains("objectives/win-new-customers.html"), rendered.toString());
        for (String page : rendered) {
            assertTrue(!page.startsWith("units/"), "a unit page is rendered: " + page);
            assertTrue(!isElementPage(page) || page.equals("objectives/win-new-customers.html"),
                    "another element page is rendered: " + page);
        }
    }

    /** The pages of {@code site} that are not the same file as the page of {@code before} (kept pages are links). */
    private static Set<String> rendered(Path before, Path site) throws IOException {
        Set<String> result = new TreeSet<>();
        for (Map.Entry<String, Path> page : SameFiles.files(site).entrySet()) {
            Path old = before.resolve(page.getKey());
            if (page.getKey().endsWith(".html") && !(Files.exists(old) && Files.isSameFile(old, page.getValue()))) {
                result.add(page.getKey());
            }
        }
        return result;
    }

    private static synchronized Built before(String fixture, SiteOptions options) throws Exception {
        String key = fixture + options.redactions();
        if (!BEFORE.containsKey(key)) {
            Path source = TreeCopy.copy(FIXTURES.get(fixture), shared.resolve(key.hashCode() + "/strategy"));
            Path site = Files.createDirectories(shared.resolve(key.hashCode() + "/site"));
            BEFORE.put(key, new Built(site, render(source, options, site, Optional.empty())));
        }
        return BEFORE.get(key);
    }

    private static RenderReport render(Path source, SiteOptions options, Path target, Optional<PreviousSite> previous)
            throws Exception {
        CheckResult checked = new StrategyChecker(CheckOptions.DEFAULTS).check(source);
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        return new SiteRenderer(options, layout, true).render(checked.strategy().orElseThrow(),
                checked.scores().orElseThrow(), Optional.empty(), target, n -> { }, previous);
    }

    // --- the edits: each finds what it changes in whichever strategy it is given --------------------------------------

    private static Map<String, Edit> edits() {
        Map<String, Edit> edits = new TreeMap<>();
        edits.put("a measurement value", (s, o) -> csvRow(s.resolve("measurements"),
                f -> f[2] = shift(f[2])).map(x -> o));
        edits.put("a unit's measurement value", (s, o) -> csvRow(s.resolve("units/sales/measurements"),
                f -> f[2] = shift(f[2])).map(x -> o));
        edits.put("a measurement's note", (s, o) -> csvRow(s.resolve("measurements"),
                f -> f[3] = "Counted again after the audit").map(x -> o));
        edits.put("a new period that moves the as-of period", (s, o) -> newPeriod(s).map(x -> o));
        edits.put("a measure's target", (s, o) -> target(s.resolve("measures")).map(x -> o));
        edits.put("a measure's owner", (s, o) -> firstLine(s.resolve("measures"), "^owner: (.+)$",
                m -> "owner: Ada Newcomer").map(x -> o));
        edits.put("an objective's name", (s, o) -> firstLine(s.resolve("objectives"), "^name: (.+)$",
                m -> "name: " + m.group(1) + " (renamed)").map(x -> o));
        edits.put("an objective's text", (s, o) -> firstFile(s.resolve("objectives"), ".md").map(f -> {
            append(f, "\nOne more sentence of rationale.\n");
            return o;
        }));
        edits.put("an objective's drives arrows removed", (s, o) -> firstLine(s.resolve("objectives"), "^drives: \\[.+\\]$",
                m -> "drives: []").map(x -> o));
        edits.put("a theme's name", (s, o) -> themeName(s).map(x -> o));
        edits.put("a unit's name", (s, o) -> firstLine(s.resolve("units/sales"), "^name: (.+)$",
                m -> "name: " + m.group(1) + " and Marketing").map(x -> o));
        edits.put("a review's commentary", (s, o) -> firstLine(s.resolve("reviews"), "^(\\s+[a-z0-9-]+: )(.+)$",
                m -> m.group(1) + "Revised, " + m.group(2)).map(x -> o));
        edits.put("an initiative deleted", (s, o) -> firstFile(s.resolve("initiatives"), ".md").map(f -> {
            delete(f);
            return o;
        }));
        edits.put("a measure's name", (s, o) -> firstLine(s.resolve("measures"), "^name: (.+)$",
                m -> "name: " + m.group(1) + " (restated)").map(x -> o));
        edits.put("a measure's unit", (s, o) -> firstLine(s.resolve("measures"), "^unit: (.+)$",
                m -> "unit: widgets").map(x -> o));
        edits.put("a measure's decimals", (s, o) -> firstLine(s.resolve("measures"), "^decimals: (\\d+)$",
                m -> "decimals: " + (m.group(1).equals("3") ? "1" : "3")).map(x -> o));
        edits.put("a measure's formula", (s, o) -> firstLine(s.resolve("measures"), "^formula: (.+)$",
                m -> "formula: \"Counted differently since the audit\"").map(x -> o));
        edits.put("a measure's target for one period", (s, o) -> periodTarget(s.resolve("measures")).map(x -> o));
        edits.put("an initiative's budget spent", (s, o) -> firstLine(s.resolve("initiatives"), "^(\\s+spent: )(\\d+)$",
                m -> m.group(1) + (Long.parseLong(m.group(2)) + 1000)).map(x -> o));
        edits.put("an initiative's progress", (s, o) -> firstLine(s.resolve("initiatives"), "^progress: (\\d+)$",
                m -> "progress: " + (Integer.parseInt(m.group(1)) == 0 ? 1 : Integer.parseInt(m.group(1)) - 1)).map(x -> o));
        edits.put("an initiative's milestone done", (s, o) -> firstLine(s.resolve("initiatives"), "^(\\s+done: )false$",
                m -> m.group(1) + "true").map(x -> o));
        edits.put("an initiative's owner", (s, o) -> firstLine(s.resolve("initiatives"), "^owner: (.+)$",
                m -> "owner: Ada Newcomer").map(x -> o));
        edits.put("an OKR's key result", (s, o) -> firstLine(s.resolve("okrs"), "^(\\s+-?\\s*(?:name|title|key-result|description): )(.+)$",
                m -> m.group(1) + m.group(2) + " (restated)").map(x -> o));
        edits.put("an OKR's current value", (s, o) -> firstLine(s.resolve("okrs"), "^(\\s+current: )(\\d+)$",
                m -> m.group(1) + (Integer.parseInt(m.group(2)) + 1)).map(x -> o));
        edits.put("a perspective's name", (s, o) -> perspectiveName(s.resolve("strategy.yaml")).map(x -> o));
        edits.put("a label of the site's language", (s, o) -> {
            Path labels = s.resolveSibling("templates").resolve("i18n/labels.properties");
            Files.createDirectories(labels.getParent());
            Files.writeString(labels, "nav.home=Start\nmeasures=Indicators\n");
            return Optional.of(o.withTemplateOverrides(s.resolveSibling("templates")));
        });
        return edits;
    }

    private interface RowChange {
        void change(String[] fields);
    }

    private interface LineChange {
        String replace(Matcher m);
    }

    /** Changes the newest plain row of the first CSV under {@code folder} (sorted by name). */
    private static Optional<Path> csvRow(Path folder, RowChange change) throws IOException {
        Optional<Path> csv = firstFile(folder, ".csv");
        if (csv.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(csv.get()));
        for (int i = lines.size() - 1; i > 0; i--) {
            String[] f = lines.get(i).split(",", -1);
            if (!lines.get(i).contains("\"") && f.length >= 4 && f[2].matches("-?[0-9.]+")) {
                change.change(f);
                lines.set(i, String.join(",", f));
                Files.writeString(csv.get(), String.join("\n", lines) + "\n");
                return csv;
            }
        }
        return Optional.empty();
    }

    /** A measurement one month after the newest month of the first CSV, for the same measure. */
    private static Optional<Path> newPeriod(Path strategy) throws IOException {
        Optional<Path> csv = firstFile(strategy.resolve("measurements"), ".csv");
        if (csv.isEmpty()) {
            return Optional.empty();
        }
        String newest = null;
        String measure = null;
        for (String line : Files.readAllLines(csv.get())) {
            String[] f = line.split(",", -1);
            if (f.length >= 3 && f[1].matches("\\d{4}-\\d{2}") && (newest == null || f[1].compareTo(newest) > 0)) {
                newest = f[1];
                measure = f[0];
            }
        }
        if (newest == null) {
            return Optional.empty();
        }
        java.time.YearMonth next = java.time.YearMonth.parse(newest).plusMonths(1);
        append(csv.get(), measure + "," + next + ",1,\n");
        return csv;
    }

    /** The target of the first measure with a threshold and a target moves halfway to the threshold (still valid). */
    private static Optional<Path> target(Path measures) throws IOException {
        if (!Files.isDirectory(measures)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(measures)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Pattern threshold = Pattern.compile("(?m)^threshold: (-?[0-9.]+)$");
        Pattern target = Pattern.compile("(?m)^target: (-?[0-9.]+)$");
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher th = threshold.matcher(text);
            Matcher ta = target.matcher(text);
            if (th.find() && ta.find()) {
                double middle = (Double.parseDouble(th.group(1)) + Double.parseDouble(ta.group(1))) / 2;
                Files.writeString(file, text.substring(0, ta.start()) + "target: " + middle + text.substring(ta.end()));
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> themeName(Path strategy) throws IOException {
        Path yaml = strategy.resolve("strategy.yaml");
        String text = Files.readString(yaml);
        int themes = text.indexOf("\nthemes:");
        if (themes < 0) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("(\\n\\s+name: )([^\\n]+)").matcher(text);
        if (!m.find(themes)) {
            return Optional.empty();
        }
        Files.writeString(yaml, text.substring(0, m.start()) + m.group(1) + m.group(2) + " (renamed)" + text.substring(m.end()));
        return Optional.of(yaml);
    }

    /** Replaces the first line matching {@code regex} in the first file (by name) under {@code folder} that has one. */
    private static Optional<Path> firstLine(Path folder, String regex, LineChange change) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Pattern pattern = Pattern.compile(regex);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                if (m.matches()) {
                    lines.set(i, change.replace(m));
                    Files.writeString(file, String.join("\n", lines) + "\n");
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Moves the target of the first per-period target halfway towards its threshold, which keeps the order the check
     * demands (threshold, target, stretch) for either polarity.
     */
    private static Optional<Path> periodTarget(Path measures) throws IOException {
        Pattern threshold = Pattern.compile("^\\s+threshold: (-?[0-9.]+)$");
        Pattern target = Pattern.compile("^(\\s+target: )(-?[0-9.]+)$");
        if (!Files.isDirectory(measures)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(measures)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(f));
                for (int i = 1; i < lines.size(); i++) {
                    Matcher t = threshold.matcher(lines.get(i - 1));
                    Matcher m = target.matcher(lines.get(i));
                    if (t.matches() && m.matches()) {
                        double moved = (Double.parseDouble(t.group(1)) + Double.parseDouble(m.group(2))) / 2;
                        lines.set(i, m.group(1) + String.format(java.util.Locale.ROOT, "%.3f", moved));
                        Files.writeString(f, String.join("\n", lines) + "\n");
                        return Optional.of(f);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Renames the first perspective a strategy declares itself (the four default ones have no name to edit). */
    private static Optional<Path> perspectiveName(Path strategyYaml) throws IOException {
        if (!Files.isRegularFile(strategyYaml)) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(strategyYaml));
        int start = lines.indexOf("perspectives:");
        for (int i = start + 1; start >= 0 && i < lines.size() && lines.get(i).startsWith(" "); i++) {
            Matcher m = Pattern.compile("^(\\s+name: )(.+)$").matcher(lines.get(i));
            if (m.matches()) {
                lines.set(i, m.group(1) + m.group(2) + " and partners");
                Files.writeString(strategyYaml, String.join("\n", lines) + "\n");
                return Optional.of(strategyYaml);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> firstFile(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().findFirst();
        }
    }

    private static String shift(String number) {
        return new java.math.BigDecimal(number).add(new java.math.BigDecimal("1.5")).toPlainString();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "the edit applies to " + file);
        Files.writeString(file, text.replace(from, to));
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
