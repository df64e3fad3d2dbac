package dev.bscportal.core.preview;

import dev.bscportal.core.files.FileTrees;
import dev.bscportal.core.testing.TreeCopy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Random edits an author makes to a strategy folder, drawn from a seeded {@link Random}: measurement values, objectives,
 * measures, files and units deleted and added, the perspectives, themes and as-of period of strategy.yaml, initiatives,
 * key results, reviews, edits that break the check, and undoing the last edits or all of them (which repairs it); with
 * {@link SourceEdits}, measurement workbooks, template overrides, units nested, renamed and moved, and deleted files put
 * back. Every choice is made from sorted file lists, so one seed always makes the same edits.
 */
final class RandomEdits {

    /** One kind of edit: what it did, or empty when the strategy has nothing it applies to. */
    interface Kind {
        Optional<String> apply() throws IOException;
    }

    /** Puts back what one step of an edit changed. */
    interface Undo {
        void run() throws IOException;
    }

    private static final List<String> PERIODS = List.of("2026-10", "2026-09", "2026-06", "2026-Q3", "2026-Q4", "2026", "2025-12", "2027-01");

    final Path root;
    final Path templates;
    final Path stash;
    final Random random;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, Kind> breaks = new LinkedHashMap<>();
    private final Map<String, Kind> repairs = new LinkedHashMap<>();
    private final Deque<List<Undo>> undo = new ArrayDeque<>();
    List<Undo> current = new ArrayList<>();
    int counter;
    /** Every file a "file deleted" edit took away, with its bytes, for edits that put one back later. */
    final Map<Path, byte[]> deleted = new java.util.TreeMap<>();

    /**
     * Edits of the strategy folder {@code root} and of the template overrides in {@code templates} (the site options'
     * template directory, which need not exist); what is taken away is kept under {@code stash}.
     */
    RandomEdits(Path root, Path templates, Path stash, long seed) {
        this.root = root;
        this.templates = templates;
        this.stash = stash;
        this.random = new Random(seed);
        csv();
        objectives();
        measures();
        files();
        head();
        others();
        anyKey();
        breaking();
        SourceEdits more = new SourceEdits(this);
        more.workbooks(kinds, breaks);
        more.overrides(kinds);
        more.units(kinds);
        more.files(kinds);
        repairs.put("undo the last edit", () -> undoLast(1));
        repairs.put("undo the last edits", () -> undoLast(2 + random.nextInt(3)));
        repairs.put("undo every edit", () -> undoLast(Integer.MAX_VALUE));
    }

    /**
     * Makes one random edit that applies and says what it did: one in five breaks the check on purpose and one in ten
     * undoes edits; after a build that stopped, one in two undoes edits (so that the session goes on building sites).
     */
    String next(boolean stopped) throws IOException {
        while (true) {
            int draw = random.nextInt(10);
            Map<String, Kind> from = (stopped && draw < 5) || draw == 9 ? repairs : draw < 2 ? breaks : kinds;
            List<String> names = new ArrayList<>(from.keySet());
            String name = names.get(random.nextInt(names.size()));
            current = new ArrayList<>();
            Optional<String> done = from.get(name).apply();
            if (done.isPresent()) {
                if (!current.isEmpty()) {
                    undo.push(current);
                }
                return name + ": " + done.get();
            }
        }
    }

    private void csv() {
        kinds.put("a measurement value changed", () -> pickLine(files("measurements", ".csv"), "(?m)^([^,\\n]+,[^,\\n]+,)(-?[0-9.]+)(?=,|$)",
                m -> m.group(1) + number(0, 120)));
        kinds.put("a measure's latest value changed", () -> pick(files("measurements", ".csv")).map(f -> {
            String text = read(f);
            Map<String, int[]> last = new java.util.TreeMap<>();
            Matcher m = Pattern.compile("(?m)^([a-z0-9-]+),[^,\\n]+,(-?[0-9.]+)(?=,|$)").matcher(text);
            while (m.find()) {
                last.put(m.group(1), new int[] {m.start(2), m.end(2)});
            }
            if (last.isEmpty()) {
                return null;
            }
            List<String> measures = new ArrayList<>(last.keySet());
            String measure = measures.get(random.nextInt(measures.size()));
            int[] at = last.get(measure);
            String to = number(0, 120);
            write(f, text.substring(0, at[0]) + to + text.substring(at[1]));
            return rel(f) + " " + measure + ": " + to;
        }));
        kinds.put("a measurement added", () -> pick(files("measurements", ".csv")).map(f -> {
            Matcher m = Pattern.compile("(?m)^([a-z0-9-]+),").matcher(read(f));
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                if (!m.group(1).equals("measure")) {
                    ids.add(m.group(1));
                }
            }
            if (ids.isEmpty()) {
                return null;
            }
            String row = ids.get(random.nextInt(ids.size())) + "," + PERIODS.get(random.nextInt(PERIODS.size())) + "," + number(0, 120) + ",";
            String text = read(f);
            write(f, text + (text.endsWith("\n") ? "" : "\n") + row + "\n");
            return rel(f) + " + " + row;
        }));
        kinds.put("a measurement removed", () -> pickLine(files("measurements", ".csv"), "(?m)^(?!measure,)[a-z0-9-]+,.*\\n", m -> ""));
    }

    private void objectives() {
        kinds.put("an objective's name", () -> pickLine(files("objectives", ".md"), "(?m)^name: .*$", m -> "name: Objective " + (++counter)));
        kinds.put("an objective's perspective", () -> pickLine(files("objectives", ".md"), "(?m)^perspective: .*$",
                m -> "perspective: " + oneOf(perspectiveIds())));
        kinds.put("an objective's owner", () -> pickLine(files("objectives", ".md"), "(?m)^owner: .*$", m -> "owner: Owner " + (++counter)));
        kinds.put("an objective's weight", () -> setKey(files("objectives", ".md"), "weight", oneOf(List.of("0.5", "1", "2", "3.5"))));
        kinds.put("an objective's drives", () -> pick(files("objectives", ".md")).map(f -> {
            List<String> ids = files(f.getParent(), ".md").stream().map(RandomEdits::id).filter(i -> !i.equals(id(f))).toList();
            String drives = ids.isEmpty() || random.nextInt(4) == 0 ? "[]" : "[" + oneOf(ids) + "]";
            return setKey(f, "drives", drives);
        }));
        kinds.put("an objective's themes", () -> pick(files("objectives", ".md")).map(f -> {
            List<String> themes = blockIds("themes");
            return setKey(f, "themes", themes.isEmpty() || random.nextInt(4) == 0 ? "[]" : "[" + oneOf(themes) + "]");
        }));
    }

    private void measures() {
        for (String key : List.of("target", "threshold")) {
            kinds.put("a measure's " + key, () -> pickLine(files("measures", ".yaml"), "(?m)^" + key + ": .*$", m -> key + ": " + number(0, 120)));
        }
        kinds.put("a measure's unit", () -> setKey(files("measures", ".yaml"), "unit", oneOf(List.of("\"%\"", "\"EUR m\"", "days", "\"#\"", "points"))));
        kinds.put("a measure's polarity", () -> setKey(files("measures", ".yaml"), "polarity", oneOf(List.of("higher-is-better", "lower-is-better"))));
        kinds.put("a measure's kind", () -> setKey(files("measures", ".yaml"), "kind", oneOf(List.of("leading", "lagging"))));
        kinds.put("a measure's frequency", () -> setKey(files("measures", ".yaml"), "frequency", oneOf(List.of("monthly", "quarterly", "yearly"))));
    }

    private void files() {
        kinds.put("a file deleted", () -> pick(all().stream().filter(f -> !f.equals(root.resolve("strategy.yaml"))).toList()).map(f -> {
            byte[] bytes = bytes(f);
            delete(f);
            current.add(() -> Files.write(f, bytes));
            deleted.put(f, bytes);
            return rel(f);
        }));
        kinds.put("a unit added", () -> {
            Path unit = root.resolve("units/added-" + (++counter));
            Files.createDirectories(unit);
            current.add(() -> FileTrees.deleteQuietly(unit));
            Files.writeString(unit.resolve("strategy.yaml"), "name: Added unit " + counter + "\n");
            for (String folder : List.of("objectives", "measures", "measurements")) {
                if (Files.isDirectory(root.resolve(folder))) {
                    TreeCopy.copy(root.resolve(folder), unit.resolve(folder));
                }
            }
            return Optional.of(rel(unit) + " (a copy of the company's objectives, measures and measurements)");
        });
        kinds.put("a unit removed", () -> pick(units()).map(u -> {
            Path away = stash.resolve("unit-" + (++counter));
            move(u, away);
            current.add(() -> Files.move(away, u));
            return rel(u);
        }));
    }

    private void head() {
        Path head = root.resolve("strategy.yaml");
        Kind asOf = () -> {
            String text = read(head);
            String to = random.nextInt(5) == 0 ? null : PERIODS.get(random.nextInt(PERIODS.size()));
            String without = text.replaceAll("(?m)^as-of: .*\\n", "");
            write(head, to == null ? without : without + "as-of: \"" + to + "\"\n");
            return Optional.of(to == null ? "removed" : to);
        };
        // three times as often as one other edit: every score, check and page reads the as-of period
        kinds.put("as-of moved", asOf);
        kinds.put("as-of moved (2)", asOf);
        kinds.put("as-of moved (3)", asOf);
        for (String key : List.of("perspectives", "themes")) {
            kinds.put(key + ": a name changed", () -> inBlock(head, key, "(?m)^(  - id: \\S+\\n    name: ).*$",
                    m -> m.group(1) + "Renamed " + (++counter)));
            kinds.put(key + ": one removed", () -> inBlock(head, key, "(?m)^  - id: .*\\n(?:    .*\\n)*", m -> ""));
            kinds.put(key + ": one added", () -> {
                String text = read(head);
                int[] b = block(text, key);
                String entry = "  - id: added-" + (++counter) + "\n    name: Added " + counter + "\n";
                write(head, b == null ? text + key + ":\n" + entry : text.substring(0, b[1]) + entry + text.substring(b[1]));
                return Optional.of("added-" + counter);
            });
            kinds.put(key + ": the list dropped", () -> {
                String text = read(head);
                int[] b = block(text, key);
                if (b == null) {
                    return Optional.empty();
                }
                write(head, text.substring(0, b[0]) + text.substring(b[1]));
                return Optional.of("dropped");
            });
        }
    }

    private void others() {
        kinds.put("an initiative's dates", () -> pick(files("initiatives", ".md")).map(f -> {
            String start = "2025-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
            String due = (2026 + random.nextInt(2)) + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
            setKey(f, "start", start);
            return setKey(f, "due", due) + ", start " + start;
        }));
        kinds.put("an initiative's progress", () -> setKey(files("initiatives", ".md"), "progress", String.valueOf(random.nextInt(101))));
        kinds.put("an initiative's status", () -> setKey(files("initiatives", ".md"), "status",
                oneOf(List.of("planned", "active", "done", "on-hold"))));
        kinds.put("a key result's current value", () -> pickLine(files("okrs", ".yaml"), "(?m)^(\\s+current: ).*$", m -> m.group(1) + number(0, 40)));
        kinds.put("a key result's target", () -> pickLine(files("okrs", ".yaml"), "(?m)^(\\s+to: ).*$", m -> m.group(1) + number(1, 60)));
        kinds.put("a review's note", () -> pickLine(files("reviews", ".md"), "(?m)^(  [a-z0-9-]+: ).*$", m -> m.group(1) + "Note " + (++counter)));
        kinds.put("a review's text", () -> pick(files("reviews", ".md")).map(f -> {
            write(f, read(f) + "\nOne more paragraph " + (++counter) + ".\n");
            return rel(f);
        }));
    }

    /**
     * Any key of any YAML file or front matter (mission, stage, a theme's colour, a perspective's question, a measure's
     * decimals, polarity or baseline, a milestone, a budget, a review's date, a unit's name...), its value changed in
     * kind: a number to another number, a date to another date, a period to another period, a text to another text;
     * and any Markdown text. Drawn twice as often as one named edit, since these are most of what an author types.
     */
    private void anyKey() {
        Kind value = () -> pickLine(all().stream().filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".md")).toList(),
                "(?m)^(\\s*(?:- )?(?!id:)[a-z][a-z-]*: )(?![\\[>|])(\\S.*)$", m -> m.group(1) + like(m.group(2)));
        kinds.put("any key's value", value);
        kinds.put("any key's value (2)", value);
        kinds.put("any Markdown text", () -> pick(all().stream().filter(f -> f.toString().endsWith(".md")).toList()).map(f -> {
            String text = read(f);
            String added = random.nextBoolean() ? "\nA paragraph **" + (++counter) + "** more.\n" : "\n- a list item " + (++counter) + "\n";
            write(f, text + (text.endsWith("\n") ? "" : "\n") + added);
            return rel(f) + " +" + added.strip();
        }));
    }

    /** Another value of the same kind as {@code value}. */
    private String like(String value) {
        String bare = value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
        if (bare.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return number(0, 120);
        }
        if (bare.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return (2025 + random.nextInt(3)) + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
        }
        if (bare.matches("[0-9]{4}(-Q[1-4]|-[0-9]{2})?")) {
            return "\"" + PERIODS.get(random.nextInt(PERIODS.size())) + "\"";
        }
        if (bare.matches("true|false")) {
            return bare.equals("true") ? "false" : "true";
        }
        if (bare.matches("#[0-9a-fA-F]{6}")) {
            return "\"#" + Integer.toHexString(0x100000 + random.nextInt(0xefffff)) + "\"";
        }
        if (bare.matches("[a-z]+(-[a-z]+)*")) {
            return bare; // a choice (polarity, status, kind): the named edits change those
        }
        return "\"" + bare.replace("\"", "") + " edited " + (++counter) + "\"";
    }

    private void breaking() {
        breaks.put("break: unclosed YAML", () -> pickLine(files("objectives", ".md"), "(?m)^name: .*$", m -> "name: [unclosed"));
        breaks.put("break: a drives link to nothing", () -> setKey(files("objectives", ".md"), "drives", "[no-such-objective]"));
        breaks.put("break: a perspective that is not one", () -> setKey(files("objectives", ".md"), "perspective", "no-such-perspective"));
        breaks.put("break: a measurement of no measure", () -> pick(files("measurements", ".csv")).map(f -> {
            write(f, read(f) + "no-such-measure,2026-01,1,\n");
            return rel(f);
        }));
        breaks.put("break: a value that is not a number", () -> pickLine(files("measurements", ".csv"),
                "(?m)^([^,\\n]+,[^,\\n]+,)(-?[0-9.]+)(?=,|$)", m -> m.group(1) + "n/a"));
        breaks.put("break: a measure of no objective", () -> setKey(files("measures", ".yaml"), "objective", "no-such-objective"));
    }

    private Optional<String> undoLast(int edits) throws IOException {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        int done = 0;
        while (done < edits && !undo.isEmpty()) {
            List<Undo> steps = undo.pop();
            for (int i = steps.size() - 1; i >= 0; i--) {
                steps.get(i).run();
            }
            done++;
        }
        return Optional.of(done + " undone");
    }

    // ---- choosing and writing

    private Optional<String> pickLine(List<Path> files, String regex, Function<Matcher, String> with) {
        List<Path> matching = files.stream().filter(f -> Pattern.compile(regex).matcher(read(f)).find()).toList();
        return pick(matching).map(f -> {
            String text = read(f);
            Matcher m = Pattern.compile(regex).matcher(text);
            List<int[]> spans = new ArrayList<>();
            List<String> replacements = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                replacements.add(with.apply(m));
            }
            int i = random.nextInt(spans.size());
            write(f, text.substring(0, spans.get(i)[0]) + replacements.get(i) + text.substring(spans.get(i)[1]));
            return rel(f) + " at " + spans.get(i)[0] + ": '" + replacements.get(i).strip() + "'";
        });
    }

    private Optional<String> inBlock(Path file, String key, String regex, Function<Matcher, String> with) {
        String text = read(file);
        int[] b = block(text, key);
        if (b == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile(regex).matcher(text).region(b[0], b[1]);
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            replacements.add(with.apply(m));
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int i = random.nextInt(spans.size());
        write(file, text.substring(0, spans.get(i)[0]) + replacements.get(i) + text.substring(spans.get(i)[1]));
        return Optional.of("entry " + i + ": '" + replacements.get(i).strip() + "'");
    }

    private Optional<String> setKey(List<Path> files, String key, String value) {
        return pick(files).map(f -> setKey(f, key, value));
    }

    /** Sets a front-matter or YAML key: its line replaced, or a new line after the front matter's opening. */
    String setKey(Path file, String key, String value) {
        String text = read(file);
        Matcher m = Pattern.compile("(?m)^" + key + ": .*$").matcher(text);
        if (m.find()) {
            write(file, text.substring(0, m.start()) + key + ": " + value + text.substring(m.end()));
        } else if (text.startsWith("---\n")) {
            write(file, "---\n" + key + ": " + value + "\n" + text.substring(4));
        } else {
            write(file, key + ": " + value + "\n" + text);
        }
        return rel(file) + " " + key + ": " + value;
    }

    /** Start and end of a top-level key's block (its line and the indented lines after it), or null. */
    private static int[] block(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":[ ]*\\n(?:[ #].*\\n|\\n)*").matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /** The ids listed in a block of the company's strategy.yaml. */
    private List<String> blockIds(String key) {
        List<String> ids = new ArrayList<>();
        String text = read(root.resolve("strategy.yaml"));
        int[] b = block(text, key);
        if (b != null) {
            Matcher m = Pattern.compile("(?m)^  - id: (\\S+)").matcher(text).region(b[0], b[1]);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private List<String> perspectiveIds() {
        List<String> ids = new ArrayList<>(List.of("financial", "customer", "internal", "learning"));
        ids.addAll(blockIds("perspectives"));
        return ids;
    }

    <T> Optional<T> pick(List<T> from) {
        return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
    }

    String oneOf(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    String number(int low, int high) {
        return String.valueOf(low + random.nextInt(high - low)) + (random.nextBoolean() ? "" : "." + random.nextInt(10));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** Every file named {@code *suffix} in a folder named {@code folder}, at any depth, sorted. */
    List<Path> files(String folder, String suffix) {
        return all().stream().filter(f -> f.getParent().getFileName().toString().equals(folder) && f.toString().endsWith(suffix)).toList();
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> all() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> units() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).filter(d -> d.getParent() != null && d.getParent().getFileName().toString().equals("units"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String rel(Path f) {
        return root.relativize(f).toString();
    }

    static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    void write(Path file, String text) {
        try {
            if (Files.exists(file)) {
                byte[] was = Files.readAllBytes(file);
                current.add(() -> Files.write(file, was));
            } else {
                current.add(() -> Files.deleteIfExists(file));
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to {@code file}, which the undo of this edit puts back as it was (or deletes). */
    void write(Path file, byte[] bytes) {
        try {
            if (Files.exists(file)) {
                byte[] was = Files.readAllBytes(file);
                current.add(() -> Files.write(file, was));
            } else {
                current.add(() -> Files.deleteIfExists(file));
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A step the undo of this edit runs (steps run last first). */
    void onUndo(Undo step) {
        current.add(step);
    }

    static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
