package dev.bscportal.core.site;

import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.history.Change;
import dev.bscportal.core.history.ChangeReport;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site built with {@code locale=de} shows no built-in English: every page's visible text (text nodes and
 * the attributes a reader sees or hears: title, aria-label, alt, placeholder, and the texts the scripts show)
 * holds no text of the English bundle that the German bundle words differently, and no English text built in
 * Java (chart and map labels, default perspectives). The example strategy itself is written in English, so
 * the strategy's own texts are removed from the pages before the scan.
 */
class GermanSiteTest {

    private static final String BUNDLE = "dev/bscportal/site/i18n/labels";

    /** English texts built in Java, not in the bundle. */
    private static final List<String> BUILT_IN_ENGLISH = List.of("Financial", "Customer", "Internal Process",
            "Learning & Growth", "how should we appear", "No data", "On target", "Off target", "As of", "Initiatives",
            "On hold", "Planned", "Active");

    @TempDir
    Path dir;

    @Test
    void givenTheExampleInGermanWhenEveryPageIsReadThenNoBuiltInEnglishTextIsVisible() throws Exception {
        Path site = germanExample("example", Set.of());

        List<String> english = englishOn(site, EXAMPLE);

        assertEquals(List.of(), english, "English texts on the German site");
    }

    @Test
    void givenTheDefaultPerspectivesAndAnAudienceEditionInGermanThenTheyAreGermanToo() throws Exception {
        CheckResult checked = StrategyDir.valid(dir.resolve("defaults")).check();
        Path out = Files.createDirectories(dir.resolve("defaults-site"));
        new SiteRenderer(SiteOptions.defaults().withLocale(Locale.GERMAN).withRedactions(Set.of(Redaction.ACTUALS,
                Redaction.BUDGETS, Redaction.OWNERS)), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), out, n -> { });

        String perspective = visibleText(Files.readString(out.resolve("perspectives/financial.html")));
        assertTrue(perspective.contains(german("perspective.default.financial.name")), perspective);
        assertTrue(perspective.contains(german("perspective.default.financial.question")), perspective);
        assertEquals(List.of(), englishOn(out, dir.resolve("defaults")), "English texts on the German audience edition");
    }

    @Test
    void givenTheGermanSiteThenEveryPageSaysItIsGerman() throws Exception {
        Path site = germanExample("lang", Set.of());

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> page : pages(site).entrySet()) {
            if (!page.getValue().contains("<html lang=\"de\"")) {
                wrong.add(page.getKey());
            }
        }

        assertEquals(List.of(), wrong, "pages without lang=\"de\"");
    }

    // ---------------------------------------------------------------- the scan

    private Path germanExample(String name, Set<Redaction> omit) throws Exception {
        CheckResult checked = StrategyDir.empty(EXAMPLE).check();
        Path out = Files.createDirectories(dir.resolve(name));
        ChangeReport changes = new ChangeReport("v1", "0123456789abcdef0123456789abcdef01234567", List.of(
                new Change(Change.Kind.ADDED, "measure", "", "nps", "NPS", "", "", ""),
                new Change(Change.Kind.CHANGED, "measure", "", "otif", "OTIF", "target", "90", "95"),
                new Change(Change.Kind.STATUS, "objective", "", "grow-revenue", "Grow", "status", "watch", "on-target")));
        new SiteRenderer(SiteOptions.defaults().withLocale(Locale.GERMAN).withRedactions(omit), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), Optional.of(changes), out, n -> { });
        return out;
    }

    private static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");

    private List<String> englishOn(Path site, Path strategy) throws Exception {
        List<String> english = englishTexts();
        List<String> content = strategyTexts(strategy);
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> page : pages(site).entrySet()) {
            String text = visibleText(page.getValue());
            for (String c : content) {
                text = text.replace(c, " ");
            }
            for (String e : english) {
                if (Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(e) + "(?![\\p{L}\\d])").matcher(text).find()) {
                    found.add(page.getKey() + ": \"" + e + "\"");
                }
            }
        }
        return found;
    }

    /** Every English bundle text the German bundle words differently, split at its {n} placeholders. */
    private static List<String> englishTexts() throws Exception {
        Properties en = bundle("");
        Properties de = bundle("_de");
        List<String> texts = new ArrayList<>(BUILT_IN_ENGLISH);
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            if (e.equals(de.getProperty(key))) {
                continue;
            }
            Set<String> germanTexts = new java.util.HashSet<>();
            de.values().forEach(v -> germanTexts.add(v.toString()));
            for (String part : e.split("\\{\\d+[^}]*}")) {
                String p = part.strip().replaceAll("^[:·,.()\\-–]+|[:·,.()\\-–]+$", "").strip();
                // a text the German bundle itself uses is German too ("Start")
                if (p.length() > 3 && !germanTexts.contains(p) && !texts.contains(p)) {
                    texts.add(p);
                }
            }
        }
        texts.sort(null);
        return texts;
    }

    private static String german(String key) throws Exception {
        return bundle("_de").getProperty(key);
    }

    private static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = GermanSiteTest.class.getClassLoader().getResourceAsStream(BUNDLE + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A strategy's own texts (the example and the fixture are written in English), longest first, as the pages show them. */
    private static List<String> strategyTexts(Path strategy) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(strategy)) {
            // workbooks (measurements/*.xlsx) are binary; the example's holds ids, periods and numbers only
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".xlsx")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String l = line.replaceAll("\\s+", " ").replaceFirst("^\\s*(-\\s+)?([\\w-]+:\\s*)?", "").replaceAll("[*_`#>\\[\\]\"]", "").strip();
                    if (l.length() > 3) {
                        texts.add(l);
                        for (String part : l.split("[,;.:]\\s+|\\s*[|,]\\s*")) {
                            if (part.strip().length() > 3) {
                                texts.add(part.strip());
                            }
                        }
                    }
                }
            }
        }
        texts.sort((a, b) -> b.length() - a.length());
        return texts;
    }

    private static Map<String, String> pages(Path site) throws Exception {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return pages;
    }

    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "\\s(?:title|aria-label|alt|placeholder|data-results|data-none|content)=\"([^\"]*)\"");

    /** Text nodes and shown attributes of a page, entities decoded, scripts and styles left out. */
    static String visibleText(String html) {
        String h = html.replaceAll("(?s)<script\\b.*?</script>", " ").replaceAll("(?s)<style\\b.*?</style>", " ");
        StringBuilder text = new StringBuilder();
        Matcher a = SHOWN_ATTRIBUTE.matcher(h);
        while (a.find()) {
            text.append(a.group(1)).append('\n');
        }
        text.append(h.replaceAll("(?s)<[^>]*>", " "));
        return text.toString().replaceAll("[ \t\r\n]+", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
