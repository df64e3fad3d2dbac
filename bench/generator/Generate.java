import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a synthetic enterprise strategy, reproducibly from a seed: a company scorecard and N units one level
 * below it, each with 12 objectives (3 per perspective, drives arrows pointing upward), 30 measures (mixed
 * frequencies, polarities and kinds, 36 months of data), initiatives, two OKR files and two reviews. Unit
 * objectives support the company objective of the same perspective and slot.
 *
 * <pre>
 * java Generate --units N --seed S --out DIR          strategy in DIR/src/strategy plus DIR/pom.xml
 * java Generate --hugo DIR [--like SITE] ...           an equivalent Hugo project in DIR
 * </pre>
 *
 * With {@code --like SITE} the Hugo tree has one Markdown page per HTML page of that built site, with about the
 * same amount of text; without it, one page per page the site is expected to have (estimated from the model).
 * Only java.base is used: compile with plain javac.
 */
public final class Generate {

    static final String[] PERSPECTIVES = {"financial", "customer", "internal", "learning"};
    static final String[][] OBJECTIVES = {
            {"grow-revenue", "Grow revenue", "improve-margin", "Improve margin", "recurring-revenue", "Build recurring revenue"},
            {"delight-customers", "Delight customers", "keep-key-accounts", "Keep key accounts", "win-new-customers", "Win new customers"},
            {"deliver-reliably", "Deliver reliably", "right-first-time", "Build it right the first time", "launch-faster", "Launch products faster"},
            {"build-skills", "Build the skills we need", "connected-data", "Connect our data", "safe-engaged", "Keep people safe and engaged"}};
    static final String[] THEMES = {"product-leadership", "Product leadership", "#2563eb",
            "service-growth", "Services that recur", "#16a34a",
            "operational-excellence", "Operational excellence", "#d97706"};
    static final String[] MEASURE_WORDS = {"Revenue", "Margin", "Order intake", "Service revenue", "Cash conversion",
            "Net promoter score", "Retention", "Share of wallet", "Win rate", "Complaints", "On-time delivery",
            "First-pass yield", "Lead time", "Scrap cost", "Time to market", "Field failures", "Inventory days",
            "Training hours", "Certified staff", "Engagement", "Data coverage", "Automated reports", "Near misses",
            "Improvement ideas", "Absence rate", "Pipeline value", "Quote turnaround", "Backlog", "Throughput", "Energy use"};
    static final String[] UNIT_WORDS = {"Sales", "Operations", "Engineering", "Service", "Finance", "People",
            "Quality", "Logistics", "Purchasing", "Marketing", "IT", "Plant"};
    static final String[] REGIONS = {"North", "South", "East", "West", "Central", "Nordics", "Iberia", "Benelux",
            "Alps", "Baltics", "Balkans", "Danube", "Rhine", "Elbe"};
    static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hannes", "Ines", "Jonas",
            "Katrin", "Lukas", "Mara", "Nils", "Olga", "Paul", "Rosa", "Simon", "Tara", "Uwe", "Vera", "Wim", "Yara", "Zoe"};
    static final String[] LAST = {"Vogel", "Berger", "Okafor", "Reuter", "Demir", "Krüger", "Hoffmann", "Brandt",
            "Lindqvist", "Novak", "Schmidt", "Rossi", "Jansen", "Weber", "Kowalski", "Moreau", "Fischer", "Silva",
            "Nielsen", "Horvat", "Meyer", "Costa", "Wagner", "Keller"};
    static final String[] LOREM = ("we measure what matters to customers and act on it every month the plants share "
            + "one way of working so that every line improves a little each week data from the field flows back "
            + "into engineering and service teams learn from each failure our people need the skills to run "
            + "connected products and we invest in training before we invest in machines growth comes from "
            + "accounts that trust us and from services they renew every year costs fall when quality is built "
            + "in rather than inspected at the end").split(" ");
    static final int MONTHS = 36; // 2024-01 .. 2026-12

    private final Random random;
    private final int units;
    private final List<String> pages = new ArrayList<>(); // expected site pages, for --hugo without --like

    Generate(long seed, int units) {
        this.random = new Random(seed);
        this.units = units;
    }

    public static void main(String[] args) throws IOException {
        int units = 170;
        long seed = 42;
        Path out = null;
        Path hugo = null;
        Path like = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--hugo" -> hugo = Path.of(args[++i]);
                case "--like" -> like = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: Generate --units N --seed S [--out DIR] [--hugo DIR [--like SITE]]");
                    System.exit(2);
                }
            }
        }
        Generate generator = new Generate(seed, units);
        Path strategy = out != null ? out.resolve("src/strategy") : Files.createTempDirectory("bench-strategy");
        generator.writeStrategy(strategy);
        if (out != null) {
            write(out.resolve("pom.xml"), POM);
            System.out.println("strategy: " + units + " units, seed " + seed + " -> " + strategy);
        }
        if (hugo != null) {
            int n = like != null ? HugoSite.mirror(like, hugo) : HugoSite.fromList(generator.pages, hugo, new Random(seed));
            System.out.println("hugo: " + n + " content pages -> " + hugo);
        }
    }

    void writeStrategy(Path dir) throws IOException {
        String[] company = new String[12];
        scorecard(dir, "Bench Industries AG", null, company, "");
        for (int u = 1; u <= units; u++) {
            String id = String.format(Locale.ROOT, "unit-%03d", u);
            String name = UNIT_WORDS[(u - 1) % UNIT_WORDS.length] + " " + REGIONS[((u - 1) / UNIT_WORDS.length) % REGIONS.length]
                    + ((u - 1) / (UNIT_WORDS.length * REGIONS.length) > 0 ? " " + (u - 1) / (UNIT_WORDS.length * REGIONS.length) : "");
            scorecard(dir.resolve("units").resolve(id), name, company, new String[12], "units/" + id + "/");
        }
    }

    /** One scorecard (company or unit); {@code parent} holds the parent's objective ids by slot. */
    private void scorecard(Path dir, String name, String[] parent, String[] ids, String pagePrefix) throws IOException {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
        }
        StringBuilder y = new StringBuilder("# Synthetic benchmark strategy (bench/generator)\n");
        y.append("name: ").append(name).append('\n');
        y.append("mission: ").append(sentence(14)).append('\n');
        y.append("vision: ").append(sentence(12)).append('\n');
        if (parent == null) {
            y.append("values:\n  - Precision in everything we make\n  - Customers first\n  - Safety and respect at work\n");
            y.append("stage: growth\nhorizon: 2024-2028\nas-of: 2026-12\n");
        }
        y.append("themes:\n");
        for (int t = 0; t < 3; t++) {
            y.append("  - id: ").append(THEMES[t * 3]).append("\n    name: ").append(THEMES[t * 3 + 1])
                    .append("\n    description: ").append(sentence(10)).append("\n    colour: \"").append(THEMES[t * 3 + 2]).append("\"\n");
            pages.add(pagePrefix + "themes/" + THEMES[t * 3]);
        }
        write(dir.resolve("strategy.yaml"), y.toString());
        pages.add(pagePrefix + "index");
        pages.add(pagePrefix + "scorecard");
        for (String p : PERSPECTIVES) {
            pages.add(pagePrefix + "perspectives/" + p);
        }

        // objectives: slot = perspective * 3 + k; drives point to the perspective above (never sideways: no cycles)
        for (int p = 0; p < 4; p++) {
            for (int k = 0; k < 3; k++) {
                int slot = p * 3 + k;
                ids[slot] = OBJECTIVES[p][k * 2];
                StringBuilder o = new StringBuilder("---\n");
                o.append("name: ").append(OBJECTIVES[p][k * 2 + 1]).append('\n');
                o.append("perspective: ").append(PERSPECTIVES[p]).append('\n');
                o.append("themes: [").append(THEMES[k * 3]).append("]\n");
                o.append("owner: ").append(people.get(random.nextInt(people.size()))).append('\n');
                if (random.nextInt(4) == 0) {
                    o.append("weight: 2\n");
                }
                if (p > 0) {
                    TreeSet<String> drives = new TreeSet<>();
                    drives.add(OBJECTIVES[p - 1][k * 2]);
                    if (random.nextBoolean()) {
                        drives.add(OBJECTIVES[p - 1][random.nextInt(3) * 2]);
                    }
                    o.append("drives: [").append(String.join(", ", drives)).append("]\n");
                }
                if (parent != null) {
                    o.append("supports: [").append(parent[slot]).append("]\n");
                }
                o.append("---\n").append(paragraph(60 + random.nextInt(80))).append("\n\n").append(paragraph(40)).append('\n');
                write(dir.resolve("objectives").resolve(ids[slot] + ".md"), o.toString());
                pages.add(pagePrefix + "objectives/" + ids[slot]);
            }
        }

        // measures: 30, spread over the 12 objectives; data in measurements/<perspective>.csv (yearly ones inline)
        StringBuilder[] csv = new StringBuilder[4];
        for (int p = 0; p < 4; p++) {
            csv[p] = new StringBuilder("measure,period,value,note\n");
        }
        List<String> measureIds = new ArrayList<>();
        for (int m = 0; m < 30; m++) {
            int slot = m % 12;
            int p = slot / 3;
            String id = slug(MEASURE_WORDS[m]);
            measureIds.add(id);
            int f = random.nextInt(20);
            String frequency = f < 12 ? "monthly" : f < 16 ? "quarterly" : f < 18 ? "weekly" : "yearly";
            boolean higher = random.nextInt(3) != 0;
            double target = Math.round((20 + random.nextDouble() * 180) * 10) / 10.0;
            double threshold = round(higher ? target * 0.9 : target * 1.1);
            double stretch = round(higher ? target * 1.1 : target * 0.9);
            String aggregation = frequency.equals("weekly") || frequency.equals("yearly") ? "average"
                    : new String[]{"last", "sum", "average"}[random.nextInt(3)];
            if (aggregation.equals("sum")) {
                aggregation = "average"; // sums of a monthly level roll up to quarters far above a monthly target
            }
            StringBuilder s = new StringBuilder("# KPI definition sheet: ").append(MEASURE_WORDS[m]).append('\n');
            s.append("name: ").append(MEASURE_WORDS[m]).append('\n');
            s.append("objective: ").append(ids[slot]).append('\n');
            s.append("description: >-\n  ").append(sentence(16)).append('\n');
            s.append("unit: \"").append(new String[]{"%", "EUR k", "days", "points", "count"}[random.nextInt(5)]).append("\"\n");
            s.append("decimals: 1\n");
            s.append("polarity: ").append(higher ? "higher-is-better" : "lower-is-better").append('\n');
            s.append("kind: ").append(p >= 2 || random.nextInt(4) == 0 ? "leading" : "lagging").append('\n');
            s.append("frequency: ").append(frequency).append('\n');
            s.append("aggregation: ").append(aggregation).append('\n');
            s.append("owner: ").append(people.get(random.nextInt(people.size()))).append('\n');
            s.append("data-source: \"ERP monthly close\"\n");
            s.append("baseline:\n  value: ").append(round(target * (higher ? 0.8 : 1.2))).append("\n  period: \"2024\"\n");
            s.append("threshold: ").append(threshold).append("\ntarget: ").append(target).append("\nstretch: ").append(stretch).append('\n');
            if (random.nextInt(3) == 0) {
                double t2 = round(target * (higher ? 1.05 : 0.95));
                s.append("targets:\n  - period: \"2026\"\n    threshold: ").append(round(higher ? t2 * 0.9 : t2 * 1.1))
                        .append("\n    target: ").append(t2).append("\n    stretch: ").append(round(higher ? t2 * 1.1 : t2 * 0.9)).append('\n');
            }
            // a walk from the baseline to an end level around the target: a mix of green, amber and red
            double end = target * (0.8 + random.nextDouble() * 0.4);
            double start = target * (higher ? 0.8 : 1.2);
            List<String> periods = periods(frequency);
            if (frequency.equals("yearly")) {
                s.append("measurements:\n");
            }
            for (int i = 0; i < periods.size(); i++) {
                double v = start + (end - start) * (i + 1) / periods.size() + (random.nextDouble() - 0.5) * target * 0.06;
                String value = Double.toString(round(Math.max(0.1, v)));
                if (frequency.equals("yearly")) {
                    s.append("  \"").append(periods.get(i)).append("\": ").append(value).append('\n');
                } else {
                    String note = random.nextInt(25) == 0 ? "\"Corrected after audit, see data source\"" : "";
                    csv[p].append(id).append(',').append(periods.get(i)).append(',').append(value).append(',').append(note).append('\n');
                }
            }
            write(dir.resolve("measures").resolve(id + ".yaml"), s.toString());
            pages.add(pagePrefix + "measures/" + id);
        }
        for (int p = 0; p < 4; p++) {
            write(dir.resolve("measurements").resolve(PERSPECTIVES[p] + ".csv"), csv[p].toString());
        }

        // initiatives
        String[] statuses = {"active", "active", "planned", "on-hold", "done"};
        int initiatives = 3 + random.nextInt(2);
        for (int i = 0; i < initiatives; i++) {
            String id = "initiative-" + (i + 1);
            int year = 2025 + random.nextInt(2);
            StringBuilder s = new StringBuilder("---\n");
            s.append("name: ").append(capital(sentenceWords(4))).append('\n');
            s.append("owner: ").append(people.get(random.nextInt(people.size()))).append('\n');
            s.append("sponsor: ").append(people.get(0)).append('\n');
            s.append("objectives: [").append(ids[6 + random.nextInt(6)]).append(", ").append(ids[random.nextInt(6)]).append("]\n");
            s.append("measures: [").append(measureIds.get(random.nextInt(30))).append("]\n");
            s.append("status: ").append(statuses[random.nextInt(statuses.length)]).append('\n');
            s.append("start: ").append(year).append("-0").append(1 + random.nextInt(9)).append("-01\n");
            s.append("due: ").append(year + 1).append("-12-15\n");
            s.append("progress: ").append(random.nextInt(101)).append('\n');
            s.append("budget:\n  planned: ").append(100000 * (1 + random.nextInt(30))).append("\n  spent: ")
                    .append(50000 * random.nextInt(20)).append("\n  currency: EUR\n");
            s.append("milestones:\n");
            for (int k = 0; k < 3; k++) {
                s.append("  - name: ").append(capital(sentenceWords(3))).append("\n    due: ").append(year + k / 2)
                        .append("-").append(k % 2 == 0 ? "06" : "11").append("-30\n    done: ").append(k == 0).append('\n');
            }
            s.append("---\n").append(paragraph(80)).append('\n');
            write(dir.resolve("initiatives").resolve(id + ".md"), s.toString());
            pages.add(pagePrefix + "initiatives/" + id);
        }

        // OKRs and reviews
        for (String quarter : new String[]{"2026-Q3", "2026-Q4"}) {
            StringBuilder s = new StringBuilder("# OKRs for ").append(quarter).append('\n').append("objectives:\n");
            for (int k = 0; k < 3; k++) {
                s.append("  - id: okr-").append(k + 1).append("\n    name: ").append(capital(sentenceWords(5)))
                        .append("\n    owner: ").append(people.get(random.nextInt(people.size())))
                        .append("\n    supports: [").append(ids[random.nextInt(12)]).append("]\n    key-results:\n");
                String measure = measureIds.get(random.nextInt(30));
                s.append("      - name: ").append(capital(sentenceWords(3))).append("\n        measure: ").append(measure)
                        .append("\n        from: 10\n        to: 20\n");
                s.append("      - name: ").append(capital(sentenceWords(4))).append("\n        from: 0\n        to: 10\n        current: ")
                        .append(random.nextInt(11)).append('\n');
            }
            write(dir.resolve("okrs").resolve(quarter + ".yaml"), s.toString());
            pages.add(pagePrefix + "okrs/" + quarter);

            StringBuilder r = new StringBuilder("---\n");
            r.append("date: ").append(quarter.endsWith("Q3") ? "2026-10-14" : "2027-01-13").append('\n');
            r.append("attendees: [").append(String.join(", ", people.subList(0, 4))).append("]\n");
            r.append("decisions:\n  - ").append(capital(sentence(12))).append("\n  - ").append(capital(sentence(10))).append('\n');
            r.append("commentary:\n");
            for (int k = 0; k < 3; k++) {
                r.append("  ").append(ids[k * 4]).append(": ").append(capital(sentence(12))).append('\n');
            }
            r.append("---\n## Summary\n").append(paragraph(90)).append("\n\n| Topic | Owner | Due |\n|---|---|---|\n")
                    .append("| ").append(capital(sentenceWords(3))).append(" | ").append(people.get(1)).append(" | 2027-03-31 |\n");
            write(dir.resolve("reviews").resolve(quarter + ".md"), r.toString());
            pages.add(pagePrefix + "reviews/" + quarter);
        }
        for (String person : new TreeSet<>(people)) {
            pages.add("people/" + slug(person));
        }
    }

    static List<String> periods(String frequency) {
        List<String> out = new ArrayList<>();
        switch (frequency) {
            case "monthly" -> {
                for (int i = 0; i < MONTHS; i++) {
                    out.add(String.format(Locale.ROOT, "%d-%02d", 2024 + i / 12, i % 12 + 1));
                }
            }
            case "quarterly" -> {
                for (int i = 0; i < MONTHS / 3; i++) {
                    out.add((2024 + i / 4) + "-Q" + (i % 4 + 1));
                }
            }
            case "weekly" -> {
                for (int y = 2024; y <= 2026; y++) {
                    for (int w = 1; w <= 52; w++) {
                        out.add(String.format(Locale.ROOT, "%d-W%02d", y, w));
                    }
                }
            }
            default -> out.addAll(List.of("2024", "2025", "2026"));
        }
        return out;
    }

    private String sentenceWords(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(LOREM[random.nextInt(LOREM.length)]);
        }
        return b.toString();
    }

    private String sentence(int n) {
        return capital(sentenceWords(n)) + ".";
    }

    private String paragraph(int words) {
        StringBuilder b = new StringBuilder();
        while (words > 0) {
            int n = Math.min(words, 8 + random.nextInt(10));
            b.append(b.length() == 0 ? "" : " ").append(sentence(n));
            words -= n;
        }
        return b.toString();
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String slug(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
              <modelVersion>4.0.0</modelVersion>
              <groupId>bench</groupId>
              <artifactId>synthetic-strategy</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
              <build>
                <plugins>
                  <plugin>
                    <groupId>dev.bscportal</groupId>
                    <artifactId>bsc-maven-plugin</artifactId>
                    <version>0.1.0</version>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    /** The Hugo side: a content tree and a minimal layout (no theme, no taxonomies, no RSS). */
    static final class HugoSite {

        /** One Markdown page per HTML page of {@code site}, with about as much text as that page shows. */
        static int mirror(Path site, Path hugo) throws IOException {
            List<Path> html;
            try (Stream<Path> walk = Files.walk(site)) {
                html = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            }
            layout(hugo);
            for (Path page : html) {
                String rel = site.relativize(page).toString().replace('\\', '/');
                String text = Files.readString(page).replaceAll("(?s)<(script|style|svg)\\b.*?</\\1>", " ")
                        .replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
                content(hugo, rel.substring(0, rel.length() - ".html".length()), text);
            }
            return html.size();
        }

        /** One Markdown page per expected page, from the generator's list, with generated text. */
        static int fromList(List<String> pages, Path hugo, Random random) throws IOException {
            layout(hugo);
            TreeSet<String> unique = new TreeSet<>(pages);
            for (String page : unique) {
                StringBuilder b = new StringBuilder();
                int words = 250 + random.nextInt(200);
                for (int i = 0; i < words; i++) {
                    b.append(LOREM[random.nextInt(LOREM.length)]).append(i % 12 == 11 ? ".\n" : " ");
                }
                content(hugo, page, b.toString());
            }
            return unique.size();
        }

        private static void content(Path hugo, String page, String text) {
            boolean index = page.equals("index") || page.endsWith("/index");
            String dir = index ? page.substring(0, page.length() - "index".length()) : page.substring(0, page.lastIndexOf('/') + 1);
            String name = index ? "_index.md" : page.substring(page.lastIndexOf('/') + 1) + ".md";
            String title = page.replace('/', ' ').replace('-', ' ');
            StringBuilder md = new StringBuilder("---\ntitle: \"").append(title).append("\"\n---\n");
            // paragraphs of about 60 words keep the Markdown parser doing real work
            String[] words = text.replace("*", "").replace("_", " ").replace("#", "").split(" ");
            for (int i = 0; i < words.length; i++) {
                md.append(words[i]).append(i % 60 == 59 ? "\n\n" : " ");
            }
            write(hugo.resolve("content").resolve(dir).resolve(name), md.append('\n').toString());
        }

        private static void layout(Path hugo) {
            write(hugo.resolve("config.toml"), """
                    baseURL = "/"
                    title = "Benchmark"
                    uglyURLs = true
                    disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                    """);
            write(hugo.resolve("layouts/_default/baseof.html"), """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
                    <link rel="stylesheet" href="{{ "site.css" | relURL }}"></head>
                    <body><header><nav><a href="{{ "/" | relURL }}">Home</a>{{ with .Parent }} · <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></header>
                    <main>{{ block "main" . }}{{ end }}</main>
                    <footer>{{ .Site.Title }} · {{ .WordCount }} words</footer></body></html>
                    """);
            write(hugo.resolve("layouts/_default/single.html"), """
                    {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
                    """);
            write(hugo.resolve("layouts/_default/list.html"), """
                    {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
                    <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                    """);
            write(hugo.resolve("static/site.css"), "body{font-family:sans-serif;max-width:60rem;margin:auto}\n");
        }
    }
}
