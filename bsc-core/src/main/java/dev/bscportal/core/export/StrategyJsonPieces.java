package dev.bscportal.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.score.StrategyScores;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code strategy.json} as pieces in the order of the file, which is their concatenation: the head (the format and
 * the as-of period), then per scorecard, depth first as the file nests them, its opening (all the file shows of the
 * scorecard itself, up to and including {@code "units" : [}) and, after its units, its closing; then the tail.
 * <p>
 * Each piece is written by a generator of its own that is first brought into the state the file's single generator
 * would be in at that point (the same nesting, a sibling before it or not), so the pretty printer writes the same
 * separators and indentation, and the pieces joined are byte for byte what one generator writes of the whole. An
 * opening depends only on its scorecard, its depth and whether a sibling comes before it: a rebuild writes only the
 * openings of scorecards whose content changed and may take the others from the file it replaces.
 */
public final class StrategyJsonPieces {

    /** Where a piece is in the file. */
    public enum Kind { HEAD, OPENING, CLOSING, TAIL }

    /**
     * One piece: {@code scorecard} for an opening or closing (else null), its {@code depth} (the company 0, its
     * units 1, ...), and whether a sibling scorecard comes before it in its parent's units.
     */
    public record Piece(Kind kind, Scorecard scorecard, int depth, boolean afterSibling) {
    }

    private StrategyJsonPieces() {
    }

    /** The pieces of the file of {@code strategy}, in file order. */
    public static List<Piece> plan(Strategy strategy) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(Kind.HEAD, null, 0, false));
        add(pieces, strategy.company(), 0, false);
        pieces.add(new Piece(Kind.TAIL, null, 0, false));
        return pieces;
    }

    private static void add(List<Piece> pieces, Scorecard scorecard, int depth, boolean afterSibling) {
        pieces.add(new Piece(Kind.OPENING, scorecard, depth, afterSibling));
        boolean first = true;
        for (Scorecard unit : scorecard.units()) {
            add(pieces, unit, depth + 1, !first);
            first = false;
        }
        pieces.add(new Piece(Kind.CLOSING, scorecard, depth, afterSibling));
    }

    /** The text of {@code piece}; with {@code actuals} false, without actual values and history (see StrategyJson). */
    public static String text(Piece piece, StrategyScores scores, boolean actuals) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = StrategyJson.JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            switch (piece.kind()) {
                case HEAD -> {
                    StrategyJson.head(json, scores);
                    json.flush();
                    return out.toString();
                }
                case OPENING -> {
                    int mark = primed(json, out, piece.depth(), piece.afterSibling());
                    StrategyJson.opening(json, piece.scorecard(), scores, actuals);
                    json.flush();
                    return out.getBuffer().substring(mark);
                }
                case CLOSING -> {
                    primed(json, out, piece.depth(), piece.afterSibling());
                    json.writeStartObject();
                    json.writeArrayFieldStart("units");
                    if (!piece.scorecard().units().isEmpty()) {
                        json.writeNull();
                    }
                    json.flush();
                    int mark = out.getBuffer().length();
                    json.writeEndArray();
                    json.writeEndObject();
                    json.flush();
                    return out.getBuffer().substring(mark);
                }
                case TAIL -> {
                    primed(json, out, 0, false);
                    json.writeStartObject();
                    json.writeEndObject();
                    json.flush();
                    int mark = out.getBuffer().length();
                    json.writeEndObject();
                    json.flush();
                    return out.getBuffer().substring(mark) + "\n";
                }
                default -> throw new IllegalStateException("a kind of piece without text: " + piece.kind());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings {@code json} to where a scorecard at {@code depth} starts: inside the root object after its field
     * {@code company}, then inside {@code depth} scorecards' units arrays, after a sibling when {@code afterSibling}
     * (a null stands for it: the separator before the next value does not depend on the value before). Returns the
     * length written so far, where the piece begins.
     */
    private static int primed(JsonGenerator json, StringWriter out, int depth, boolean afterSibling) throws IOException {
        json.writeStartObject();
        json.writeFieldName("company");
        for (int d = 0; d < depth; d++) {
            json.writeStartObject();
            json.writeArrayFieldStart("units");
        }
        if (afterSibling) {
            json.writeNull();
        }
        json.flush();
        return out.getBuffer().length();
    }
}
