package dev.bscportal.core.site;

import dev.bscportal.core.redact.Redaction;
import dev.bscportal.core.engine.CheckResult;
import dev.bscportal.core.model.KeyResult;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ObjectiveResult;
import dev.bscportal.core.score.PerspectiveResult;
import dev.bscportal.core.score.ScoreScale;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.score.StrategyScores;
import dev.bscportal.core.testing.Dot;
import dev.bscportal.core.testing.StrategyDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An edition without actuals cannot be inverted: an attacker who knows every threshold, target and stretch
 * (they are published) takes every number of every file of the edition (page text and attributes, SVG
 * coordinates and titles, the search index, strategy.json, the sitemap), inverts the scoring formula for it,
 * reads it as a key-result progress and as the value itself, and must not land within 5 % of any actual.
 *
 * <p>Numbers that do not depend on the actual values at all (dates, counts, targets, CSS, the bundled
 * scripts) would "recover" actuals by coincidence, so each edition is compared with the edition of a twin whose
 * every actual differs but whose statuses, trends and staleness are the same: only numbers that are not also
 * in the twin's file are attacked. The second test is the stronger statement: the two editions are
 * byte-identical, so nothing but statuses, trends and staleness reaches the edition.
 */
class RedactionReconstructionTest {

    private static final double TOLERANCE = 0.05;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- the strategies

    /** The example strategy; its twin has every score, actual, baseline and key-result value moved. */
    private Attack example() throws Exception {
        CheckResult checked = StrategyDir.empty(Path.of("../example-strategy/src/strategy")).check();
        Strategy strategy = checked.strategy().orElseThrow();
        StrategyScores scores = checked.scores().orElseThrow();
        return new Attack(strategy, scores, render(strategy, scores, "example"),
                render(shifted(strategy), shifted(scores), "example-twin"));
    }

    /**
     * Objectives with exactly one measure (so an objective's score is its measure's score), a unit with one
     * objective (its scorecard score is that measure's score too), both polarities, measures with and without
     * threshold or stretch, a quarterly one, every status, a baseline and key results linked to a measure or
     * carrying their own current value. The twin is written with other values in the same status bands and
     * the same trends.
     */
    private Attack fixture() throws Exception {
        CheckResult checked = fixtureDir("fixture", new double[] {90, 104, 31, 32, 6, 4, 7, 9, 6.5, 7, 99.2, 99.6, 41, 42, 5, 4, 62, 71},
                55, 17).check();
        CheckResult twin = fixtureDir("fixture-twin", new double[] {85, 102, 30.5, 31.5, 6.5, 4.5, 7.5, 8.5, 6, 7.5, 99.1, 99.3, 45, 46, 6, 5, 57, 68},
                61, 23).check();
        assertTrue(checked.strategy().isPresent() && twin.strategy().isPresent(), "the fixture loads: " + checked.problems());
        assertEquals(statuses(checked.scores().orElseThrow()), statuses(twin.scores().orElseThrow()),
                "the twin has the same statuses, trends and staleness");
        return new Attack(checked.strategy().orElseThrow(), checked.scores().orElseThrow(),
                render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), "fixture-site"),
                render(twin.strategy().orElseThrow(), twin.scores().orElseThrow(), "fixture-twin-site"));
    }

    private StrategyDir fixtureDir(String name, double[] v, double baseline, double krCurrent) {
        StrategyDir d = StrategyDir.valid(dir.resolve(name));
        d.objective("c2", "customer", "[]").objective("p2", "internal", "[]").objective("f2", "financial", "[]")
                .objective("l2", "learning", "[]");
        d.write("measures/revenue.yaml", """
                name: Measure revenue
                objective: f1
                kind: lagging
                frequency: monthly
                threshold: 80
                target: 100
                stretch: 120
                baseline:
                  value: %s
                  period: 2025-12
                """.formatted(baseline));
        d.write("measures/churn.yaml", "name: Churn\nobjective: c2\nkind: lagging\npolarity: lower-is-better\n"
                + "frequency: monthly\nthreshold: 8\ntarget: 5\n");
        d.write("measures/uptime.yaml", "name: Uptime\nobjective: p2\nkind: leading\nfrequency: monthly\ntarget: 99\n");
        d.write("measures/margin.yaml", "name: Margin\nobjective: f2\nkind: lagging\nfrequency: quarterly\n"
                + "threshold: 30\ntarget: 35\nstretch: 40\n");
        d.write("measures/injuries.yaml", "name: Injuries\nobjective: l2\nkind: lagging\npolarity: lower-is-better\n"
                + "frequency: monthly\nthreshold: 3\ntarget: 1\nstretch: 0\n");
        d.write("units/sales/strategy.yaml", "name: Sales\nmission: Sell.\n");
        d.write("units/sales/objectives/win.md", "---\nname: Win deals\nperspective: customer\nsupports: [c1]\n---\nWin.\n");
        d.write("units/sales/measures/win-rate.yaml", "name: Win rate\nobjective: win\nkind: lagging\nfrequency: monthly\n"
                + "threshold: 50\ntarget: 65\nstretch: 80\n");
        d.write("units/sales/measurements/sales.csv", "measure,period,value\nwin-rate,2026-08,%s\nwin-rate,2026-09,%s\n"
                .formatted(v[16], v[17]));
        d.write("okrs/2026-Q3.yaml", """
                objectives:
                  - id: grow
                    name: Grow
                    owner: Lars
                    supports: [f1]
                    key-results:
                      - name: Revenue per month
                        measure: revenue
                        from: 60
                        to: 140
                      - name: New logos
                        from: 5
                        to: 25
                        current: %s
                """.formatted(krCurrent));
        d.write("measurements/actuals.csv", """
                measure,period,value
                revenue,2026-08,%s
                revenue,2026-09,%s
                nps,2026-08,%s
                nps,2026-09,%s
                defects,2026-08,%s
                defects,2026-09,%s
                training,2026-08,%s
                training,2026-09,%s
                churn,2026-08,%s
                churn,2026-09,%s
                uptime,2026-08,%s
                uptime,2026-09,%s
                margin,2026-Q2,%s
                margin,2026-Q3,%s
                injuries,2026-08,%s
                injuries,2026-09,%s
                """.formatted(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15]));
        return d;
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void givenTheExampleWhenEveryPublishedNumberOfTheEditionWithoutActualsIsInvertedThenNoActualIsRecovered() throws Exception {
        Attack attack = example();

        List<String> recovered = attack.recovered();

        assertTrue(attack.actualsAttacked() >= 29, "every measure of the example is attacked: " + attack.actualsAttacked());
        assertEquals(List.of(), recovered, "actuals recovered from the edition without actuals");
    }

    @Test
    void givenSingleMeasureObjectivesAndVariedTargetsWhenEveryPublishedNumberIsInvertedThenNoActualIsRecovered() throws Exception {
        Attack attack = fixture();

        List<String> recovered = attack.recovered();

        assertTrue(attack.actualsAttacked() >= 10, "every measure of the fixture is attacked: " + attack.actualsAttacked());
        assertEquals(List.of(), recovered, "actuals recovered from the edition without actuals");
    }

    @Test
    void givenTwoStrategiesWithTheSameStatusesButOtherActualsWhenRenderedWithoutActualsThenEveryFileIsByteIdentical() throws Exception {
        for (Attack attack : List.of(example(), fixture())) {
            assertEquals(List.of(), differingFiles(attack.edition(), attack.twin()),
                    "files of the edition without actuals that depend on the actual values");
        }
    }

    @Test
    void givenTheFullSiteWhenTheSameAttackRunsThenItRecoversTheActualsSoTheAttackWorks() throws Exception {
        CheckResult checked = fixtureDir("full", new double[] {90, 104, 31, 32, 6, 4, 7, 9, 6.5, 7, 99.2, 99.6, 41, 42, 5, 4, 62, 71},
                55, 17).check();
        CheckResult twin = fixtureDir("full-twin", new double[] {85, 102, 30.5, 31.5, 6.5, 4.5, 7.5, 8.5, 6, 7.5, 99.1, 99.3, 45, 46, 6, 5, 57, 68},
                61, 23).check();
        Path full = Files.createDirectories(dir.resolve("full-site"));
        Path fullTwin = Files.createDirectories(dir.resolve("full-twin-site"));
        new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), full, n -> { });
        new SiteRenderer(SiteOptions.defaults(), Optional.empty(), false)
                .render(twin.strategy().orElseThrow(), twin.scores().orElseThrow(), fullTwin, n -> { });
        Attack attack = new Attack(checked.strategy().orElseThrow(), checked.scores().orElseThrow(), full, fullTwin);

        List<String> recovered = attack.recovered();

        // the full site shows the actuals: the attack must find them, directly and through the scores
        for (String measure : List.of("revenue", "nps", "defects", "training", "churn", "uptime", "injuries", "win-rate")) {
            assertTrue(recovered.stream().anyMatch(r -> r.contains(" measure " + measure + " ")), measure + " recovered: " + recovered);
        }
        assertTrue(recovered.stream().anyMatch(r -> r.contains("strategy.json") && r.contains("as a score")),
                "a score in strategy.json gives an actual back: " + recovered);
    }

    // ---------------------------------------------------------------- the attack

    private record Attack(Strategy strategy, StrategyScores scores, Path edition, Path twin) {

        /** How many (measure, period) actuals with targets are attacked. */
        int actualsAttacked() {
            return secrets().size();
        }

        List<Secret> secrets() {
            List<Secret> secrets = new ArrayList<>();
            for (Scorecard s : strategy.allScorecards()) {
                for (Measure m : s.measures()) {
                    MeasureResult r = scores.of(s).measure(m.id());
                    for (Assessment a : r.history()) {
                        if (a.targets().target().isPresent()) {
                            secrets.add(new Secret(s.path(), m, a.period().toString(), a.actual(), a.targets(), keyResults(s, m)));
                        }
                    }
                }
            }
            return secrets;
        }

        List<String> recovered() throws Exception {
            Map<String, List<String>> informative = informativeNumbers(edition, twin);
            List<String> found = new ArrayList<>();
            for (Secret secret : secrets()) {
                for (Map.Entry<String, List<String>> file : informative.entrySet()) {
                    for (String token : file.getValue()) {
                        for (double n : readings(token)) {
                            secret.recoveredBy(n).ifPresent(how -> found.add(file.getKey() + ": '" + token + "' " + how
                                    + " gives measure " + secret.measure().id() + " " + secret.period() + " (actual "
                                    + secret.actual() + ")"));
                        }
                    }
                }
            }
            return found;
        }
    }

    /** One actual and what the attacker knows about its measure: targets, polarity, key results reading it. */
    private record Secret(String unit, Measure measure, String period, double actual, Targets targets, List<KeyResult> keyResults) {

        Optional<String> recoveredBy(double n) {
            if (close(n)) {
                return Optional.of("as the value");
            }
            if (n > 0 && n < ScoreScale.MAX_SCORE) {
                OptionalDouble inverted = invertScore(n);
                if (inverted.isPresent() && close(inverted.getAsDouble())) {
                    return Optional.of("as a score (-> " + inverted.getAsDouble() + ")");
                }
            }
            if (n > 0 && n < 100) {
                for (KeyResult kr : keyResults) {
                    double current = kr.from() + n / 100 * (kr.to() - kr.from());
                    if (close(current)) {
                        return Optional.of("as the progress of key result '" + kr.name() + "' (-> " + current + ")");
                    }
                }
            }
            return Optional.empty();
        }

        private boolean close(double candidate) {
            return Math.abs(candidate - actual) <= TOLERANCE * Math.abs(actual);
        }

        /** The actual whose score is n: the score is monotone in the actual, so bisection finds it. */
        private OptionalDouble invertScore(double n) {
            double t = targets.target().getAsDouble();
            double span = Math.max(1e-6, Math.max(Math.abs(t), Math.max(spread(targets.threshold(), t), spread(targets.stretch(), t))));
            double lo = t - 20 * span;
            double hi = t + 20 * span;
            int sign = measure.polarity() == dev.bscportal.core.model.Polarity.LOWER_IS_BETTER ? -1 : 1;
            double sLo = score(sign > 0 ? lo : hi);
            double sHi = score(sign > 0 ? hi : lo);
            if (n < sLo || n > sHi) {
                return OptionalDouble.empty();
            }
            for (int i = 0; i < 200; i++) {
                double mid = (lo + hi) / 2;
                boolean below = sign > 0 ? score(mid) < n : score(mid) > n;
                if (below) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return OptionalDouble.of((lo + hi) / 2);
        }

        private double score(double value) {
            return ScoreScale.score(value, targets, measure.polarity()).orElse(0);
        }

        private static double spread(OptionalDouble level, double target) {
            return level.isPresent() ? Math.abs(level.getAsDouble() - target) : 0;
        }
    }

    private static List<KeyResult> keyResults(Scorecard s, Measure m) {
        List<KeyResult> result = new ArrayList<>();
        for (OkrSet set : s.okrs()) {
            set.okrs().forEach(o -> o.keyResults().stream().filter(k -> k.measure().equals(Optional.of(m.id()))).forEach(result::add));
        }
        return result;
    }

    /** Per file of the edition, the number tokens that its twin's file does not have (as a multiset). */
    private static Map<String, List<String>> informativeNumbers(Path edition, Path twin) throws Exception {
        Map<String, List<String>> result = new TreeMap<>();
        for (Map.Entry<String, String> file : files(edition).entrySet()) {
            Path other = twin.resolve(file.getKey());
            Map<String, Integer> theirs = new HashMap<>();
            if (Files.isRegularFile(other)) {
                for (String t : tokens(Files.readString(other, StandardCharsets.UTF_8))) {
                    theirs.merge(t, 1, Integer::sum);
                }
            }
            List<String> ours = new ArrayList<>();
            for (String t : tokens(file.getValue())) {
                if (theirs.getOrDefault(t, 0) > 0) {
                    theirs.merge(t, -1, Integer::sum);
                } else {
                    ours.add(t);
                }
            }
            if (!ours.isEmpty()) {
                result.put(file.getKey(), ours);
            }
        }
        return result;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static final Pattern ENGLISH_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern GERMAN_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    /** A token read as a plain, an English and a German number ("8.15", "8,15", "1,234.5", "1.234,5"). */
    private static List<Double> readings(String token) {
        List<Double> readings = new ArrayList<>();
        addParsed(readings, token);
        if (ENGLISH_GROUPS.matcher(token).matches()) {
            addParsed(readings, token.replace(",", ""));
        }
        if (GERMAN_GROUPS.matcher(token).matches()) {
            addParsed(readings, token.replace(".", "").replace(',', '.'));
        } else {
            addParsed(readings, token.replace(',', '.'));
        }
        return readings;
    }

    private static void addParsed(List<Double> into, String text) {
        try {
            into.add(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            // "1.2.3": not a number in this reading
        }
    }

    private static Map<String, String> files(Path site) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString().replace('\\', '/'), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<String> differingFiles(Path a, Path b) throws Exception {
        Map<String, String> left = files(a);
        Map<String, String> right = files(b);
        List<String> differing = new ArrayList<>();
        for (String name : left.keySet()) {
            if (!left.get(name).equals(right.get(name))) {
                differing.add(name);
            }
        }
        for (String name : right.keySet()) {
            if (!left.containsKey(name)) {
                differing.add(name + " (only in the twin)");
            }
        }
        return differing;
    }

    // ---------------------------------------------------------------- rendering and twins

    private Path render(Strategy strategy, StrategyScores scores, String name) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        // with the maps (SVG coordinates, node titles), laid out by Graphviz dot
        new SiteRenderer(SiteOptions.defaults().withRedactions(Set.of(Redaction.ACTUALS)).withSiteUrl("https://example.org/s/"),
                Optional.of(Dot.required()), false).render(strategy, scores, out, n -> { });
        return out;
    }

    /** Statuses, trends and staleness of every measure, objective, perspective and scorecard. */
    private static Map<String, String> statuses(StrategyScores scores) {
        Map<String, String> result = new TreeMap<>();
        scores.scorecards().forEach((path, s) -> {
            result.put(path, s.status().id());
            s.measures().forEach((id, m) -> result.put(path + "/m/" + id, m.status().id() + " " + m.trend().id() + " " + m.stale()
                    + " " + m.history().stream().map(a -> a.status().id()).toList()));
            s.objectives().forEach((id, o) -> result.put(path + "/o/" + id, o.status().id()));
            s.perspectives().forEach((id, p) -> result.put(path + "/p/" + id, p.status().id() + " " + p.measureCounts()));
        });
        return result;
    }

    private static double shift(double v) {
        return v * 1.37 + 11.3;
    }

    private static OptionalDouble shift(OptionalDouble v) {
        return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * 0.61 + 1.7) : v;
    }

    /** The example with other baselines and key-result values (measurements stay: the heatmap re-scores them). */
    private static Strategy shifted(Strategy strategy) {
        return new Strategy(shifted(strategy.company()));
    }

    private static Scorecard shifted(Scorecard s) {
        return s.toBuilder().measures(s.measures().stream().map(m -> m.toBuilder()
                        .baseline(m.baseline().map(b -> new dev.bscportal.core.model.Baseline(shift(b.value()), b.period(), b.origin())))
                        .build()).toList())
                .okrs(s.okrs().stream().map(set -> new OkrSet(set.period(), set.okrs().stream().map(o -> new dev.bscportal.core.model.Okr(
                        o.id(), o.name(), o.owner(), o.supports(), o.keyResults().stream().map(k -> new KeyResult(k.name(),
                        k.measure(), k.from(), k.to(), k.current().isPresent() ? OptionalDouble.of(shift(k.current().getAsDouble()))
                        : k.current(), k.origin())).toList(), o.origin())).toList(), set.origin())).toList())
                .units(s.units().stream().map(RedactionReconstructionTest::shifted).toList()).build();
    }

    /** Every actual and score moved; statuses, trends and staleness kept. */
    private static StrategyScores shifted(StrategyScores scores) {
        Map<String, ScorecardScores> cards = new LinkedHashMap<>();
        scores.scorecards().forEach((path, s) -> {
            Map<String, MeasureResult> measures = new LinkedHashMap<>();
            s.measures().forEach((id, m) -> measures.put(id, new MeasureResult(id, m.latest().map(RedactionReconstructionTest::shifted),
                    m.targets(), m.trend(), m.stale(), m.history().stream().map(RedactionReconstructionTest::shifted).toList())));
            Map<String, ObjectiveResult> objectives = new LinkedHashMap<>();
            s.objectives().forEach((id, o) -> objectives.put(id, new ObjectiveResult(id, o.weight(), shift(o.score()), o.status(),
                    o.contributions(), o.coverage())));
            Map<String, PerspectiveResult> perspectives = new LinkedHashMap<>();
            s.perspectives().forEach((id, p) -> perspectives.put(id, new PerspectiveResult(id, shift(p.score()), p.status(),
                    p.measureCounts(), p.coverage())));
            cards.put(path, new ScorecardScores(path, s.asOf(), shift(s.score()), s.status(), measures, objectives, perspectives,
                    s.coverage()));
        });
        return new StrategyScores(scores.asOf(), cards);
    }

    private static Assessment shifted(Assessment a) {
        return new Assessment(a.period(), shift(a.actual()), a.targets(), a.status(), shift(a.score()));
    }
}
