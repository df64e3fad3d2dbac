package dev.bscportal.core.export;

import dev.bscportal.core.files.CodeStamp;
import dev.bscportal.core.presentation.ThemeColours;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.Perspective;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.model.Theme;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.Coverage;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ObjectiveResult;
import dev.bscportal.core.score.ScorecardScores;
import dev.bscportal.core.score.StrategyScores;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code strategy.json}: the strategy with its computed statuses and scores, for other tools. The shape is
 * versioned by {@link #FORMAT} and documented in docs/export.md; fields are only ever added within a version.
 */
public final class StrategyJson {

    static final String FORMAT = "bsc-strategy/1";

    static final JsonFactory JSON = JsonFactory.builder().build();

    private StrategyJson() {
    }

    /**
     * What, besides this engine's own code, decides the bytes of the file: the JSON library (its pretty printer and
     * number formatting), by {@link CodeStamp}.
     */
    public static String codeStamp() {
        return CodeStamp.of(JsonFactory.class);
    }

    /**
     * Every value {@link #write} reads of one scorecard, not of its units (each has its own) but their order: what a
     * key of the file holds per scorecard, so an unchanged file is not written again. Whole records where the file
     * shows most of them (a measure, an initiative: a change of their text also gives a new key), the fields shown of
     * an objective (its text, which the file does not show, is edited far more often than the rest).
     * <b>Whoever makes {@link #write} show more of a scorecard adds it here</b>; the edit tests (a rebuild against
     * a full build, byte for byte) fail otherwise.
     */
    public static List<Object> inputs(Scorecard s, StrategyScores all) {
        List<Object> objectives = new ArrayList<>();
        for (Objective o : s.objectives()) {
            objectives.add(Arrays.asList(o.id(), o.name(), o.perspective(), o.themes(), o.owner(), o.weight(),
                    Arrays.asList(o.drives(), o.supports())));
        }
        // Arrays.asList: a value may be null (JSON null), which List.of refuses
        return Arrays.asList(s.path(), s.info(), all.of(s), s.perspectives(), s.themes(), objectives, s.measures(),
                s.initiatives(), s.units().stream().map(Scorecard::path).toList());
    }

    static String write(Strategy strategy, StrategyScores scores) {
        return write(strategy, scores, true);
    }

    /**
     * With {@code actuals} false, measures carry statuses and scores but no actual values or history. The file is its
     * {@link StrategyJsonPieces} joined.
     */
    public static String write(Strategy strategy, StrategyScores scores, boolean actuals) {
        StringBuilder out = new StringBuilder();
        for (StrategyJsonPieces.Piece piece : StrategyJsonPieces.plan(strategy)) {
            out.append(StrategyJsonPieces.text(piece, scores, actuals));
        }
        return out.toString();
    }

    /** The file's head: the format and the as-of period, up to the company's scorecard. */
    static void head(JsonGenerator json, StrategyScores scores) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("asOf", scores.asOf().map(Object::toString).orElse(null));
        json.writeFieldName("company");
    }

    /**
     * What the file shows of one scorecard itself, from its opening brace up to its units' array, opened and left open:
     * its units follow, each written the same way, then the array and the scorecard are closed.
     */
    static void opening(JsonGenerator json, Scorecard s, StrategyScores all, boolean actuals) throws IOException {
        ScorecardScores scores = all.of(s);
        json.writeStartObject();
        json.writeStringField("path", s.path());
        json.writeStringField("name", s.info().name());
        json.writeStringField("mission", s.info().mission());
        json.writeStringField("vision", s.info().vision());
        strings(json, "values", s.info().values());
        json.writeStringField("stage", s.info().stage().map(x -> x.id()).orElse(null));
        json.writeStringField("horizon", s.info().horizon());
        score(json, "score", scores.score());
        json.writeStringField("status", scores.status().id());
        coverage(json, scores.coverage());
        json.writeArrayFieldStart("perspectives");
        for (Perspective p : s.perspectives()) {
            json.writeStartObject();
            json.writeStringField("id", p.id());
            json.writeStringField("name", p.name());
            json.writeStringField("question", p.question());
            var pr = scores.perspective(p.id());
            score(json, "score", pr.isPresent() ? pr.get().score() : OptionalDouble.empty());
            json.writeStringField("status", pr.map(x -> x.status().id()).orElse("no-data"));
            coverage(json, pr.map(x -> x.coverage()).orElse(Coverage.NONE));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("themes");
        ThemeColours colours = ThemeColours.of(s.themes());
        for (Theme t : s.themes()) {
            json.writeStartObject();
            json.writeStringField("id", t.id());
            json.writeStringField("name", t.name());
            json.writeStringField("description", t.description());
            json.writeStringField("colour", colours.css(t.id()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("objectives");
        for (Objective o : s.objectives()) {
            ObjectiveResult r = scores.objective(o.id());
            json.writeStartObject();
            json.writeStringField("id", o.id());
            json.writeStringField("name", o.name());
            json.writeStringField("perspective", o.perspective());
            strings(json, "themes", o.themes());
            json.writeStringField("owner", o.owner());
            json.writeNumberField("weight", o.weight());
            strings(json, "drives", o.drives());
            strings(json, "supports", o.supports());
            score(json, "score", r.score());
            json.writeStringField("status", r.status().id());
            coverage(json, r.coverage());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("measures");
        for (Measure m : s.measures()) {
            MeasureResult r = scores.measure(m.id());
            json.writeStartObject();
            json.writeStringField("id", m.id());
            json.writeStringField("name", m.name());
            strings(json, "objectives", m.objectives().stream().map(l -> l.objective()).toList());
            json.writeStringField("unit", m.unit());
            json.writeStringField("polarity", m.polarity().id());
            json.writeStringField("kind", m.kind().id());
            json.writeStringField("frequency", m.frequency().id());
            json.writeStringField("owner", m.owner());
            score(json, "threshold", r.targets().threshold());
            score(json, "target", r.targets().target());
            score(json, "stretch", r.targets().stretch());
            json.writeStringField("latestPeriod", r.latestPeriod().map(Object::toString).orElse(null));
            if (actuals) {
                score(json, "actual", r.actual());
            }
            score(json, "score", r.score());
            json.writeStringField("status", r.status().id());
            json.writeStringField("trend", r.trend().id());
            json.writeBooleanField("stale", r.stale());
            if (m.calculation().isPresent()) {
                calculation(json, m.calculation().get(), actuals);
            }
            if (actuals) {
                json.writeArrayFieldStart("history");
                for (Assessment a : r.history()) {
                    json.writeStartObject();
                    json.writeStringField("period", a.period().toString());
                    json.writeNumberField("actual", a.actual());
                    json.writeStringField("status", a.status().id());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("initiatives");
        for (Initiative i : s.initiatives()) {
            json.writeStartObject();
            json.writeStringField("id", i.id());
            json.writeStringField("name", i.name());
            json.writeStringField("owner", i.owner());
            json.writeStringField("status", i.status().id());
            strings(json, "objectives", i.objectives());
            strings(json, "measures", i.measures());
            json.writeStringField("start", i.start().map(Object::toString).orElse(null));
            json.writeStringField("due", i.due().map(Object::toString).orElse(null));
            score(json, "progress", i.progress());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("units");
    }

    /** A calculated measure's expression, its inputs and (with the actuals) its trail: per period each input and the result or why none. */
    private static void calculation(JsonGenerator json, dev.bscportal.core.model.Calculation c, boolean actuals) throws IOException {
        json.writeObjectFieldStart("calc");
        json.writeStringField("expression", c.expression());
        strings(json, "inputs", c.inputs());
        if (actuals) {
            json.writeArrayFieldStart("trail");
            for (dev.bscportal.core.model.Calculation.Row row : c.rows()) {
                json.writeStartObject();
                json.writeStringField("period", row.period().toString());
                json.writeArrayFieldStart("inputs");
                for (OptionalDouble v : row.values()) {
                    if (v.isPresent()) {
                        json.writeNumber(v.getAsDouble());
                    } else {
                        json.writeNull();
                    }
                }
                json.writeEndArray();
                score(json, "result", row.result());
                json.writeStringField("reason", row.reason().id());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private static void coverage(JsonGenerator json, Coverage coverage) throws IOException {
        json.writeObjectFieldStart("coverage");
        json.writeNumberField("scored", coverage.scored());
        json.writeNumberField("total", coverage.total());
        json.writeBooleanField("provisional", coverage.provisional());
        json.writeEndObject();
    }

    private static void score(JsonGenerator json, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, Math.round(value.getAsDouble() * 1e6) / 1e6);
        } else {
            json.writeNullField(field);
        }
    }
}
