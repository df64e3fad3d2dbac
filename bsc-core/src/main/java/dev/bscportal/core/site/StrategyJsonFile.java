package dev.bscportal.core.site;

import dev.bscportal.core.export.StrategyJson;
import dev.bscportal.core.export.StrategyJsonPieces;
import dev.bscportal.core.export.StrategyJsonPieces.Kind;
import dev.bscportal.core.export.StrategyJsonPieces.Piece;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;
import dev.bscportal.core.redact.NameMatcher;
import dev.bscportal.core.score.StrategyScores;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code strategy.json} (24.7 MB at 10,000 pages), keeping what it can of the replaced site's file, by
 * {@link FileParts}. Its key ({@code file:strategy.json}) is what the file shows of each scorecard
 * ({@link StrategyJson#inputs}, in order), the as-of period, whether actual values are shown, the site-wide key, the
 * withheld names and the JSON library's code. An objective's text is not in it: the file does not show it, and a
 * preview's most common edit would otherwise write the file again. Its parts are its {@link StrategyJsonPieces}: each
 * scorecard's opening (nearly all of the file) is keyed by its scorecard's inputs, its depth, whether a sibling comes
 * before it (its separator) and the file's other inputs; the head, closings and tail (a few bytes each) are always
 * written. An edition that withholds names is scrubbed after it is written, which moves the bytes: it is kept whole
 * by its key or written whole.
 */
final class StrategyJsonFile {

    static final String NAME = "strategy.json";
    static final String GROUP = FileParts.group(NAME);

    private final ContentDigest digest;
    private final Strategy strategy;
    private final StrategyScores scores;
    private final boolean actuals;
    private final boolean inParts;
    private final String common;
    private final Map<String, String> scorecardKeys = new HashMap<>();
    private final String key;

    private StrategyJsonFile(ContentDigest digest, String siteWide, NameMatcher withheld, Strategy strategy,
            StrategyScores scores, boolean actuals) {
        this.digest = digest;
        this.strategy = strategy;
        this.scores = scores;
        this.actuals = actuals;
        this.inParts = withheld.isEmpty();
        this.common = digest.of(siteWide, digest.of(withheld.names()), StrategyJson.codeStamp(), scores.asOf(), actuals);
        List<Scorecard> cards = strategy.allScorecards();
        List<String> keys = cards.parallelStream().map(s -> digest.of(StrategyJson.inputs(s, scores))).toList();
        for (int i = 0; i < cards.size(); i++) {
            scorecardKeys.put(cards.get(i).path(), keys.get(i));
        }
        this.key = digest.of(common, keys);
    }

    /** The file of {@code strategy} and {@code scores} (with the measures' actual values when {@code actuals}), keyed. */
    static StrategyJsonFile keyed(ContentDigest digest, String siteWide, NameMatcher withheld, Strategy strategy,
            StrategyScores scores, boolean actuals) {
        return new StrategyJsonFile(digest, siteWide, withheld, strategy, scores, actuals);
    }

    /** The file's key, recorded under {@link #GROUP}. */
    String key() {
        return key;
    }

    /**
     * Writes the file into {@code target}, or keeps the previous site's, whole or in parts; records where its parts
     * are. Returns how many scorecards' openings were taken from the previous site's file (all when it was linked).
     */
    int write(PageReuse reuse, Path target) {
        if (!inParts) {
            if (reuse.keep(GROUP, NAME, target)) {
                return scorecardKeys.size();
            }
            SiteRenderer.write(target, NAME, StrategyJson.write(strategy, scores, actuals));
            return 0;
        }
        List<FileParts.Part> parts = new ArrayList<>();
        for (Piece piece : StrategyJsonPieces.plan(strategy)) {
            parts.add(new FileParts.Part(keyOf(piece),
                    () -> StrategyJsonPieces.text(piece, scores, actuals).getBytes(StandardCharsets.UTF_8)));
        }
        return new FileParts(NAME, key).write(parts, reuse, target);
    }

    /** The key of a scorecard's opening; null for the other pieces (a few bytes, always written). */
    private String keyOf(Piece piece) {
        if (piece.kind() != Kind.OPENING) {
            return null;
        }
        return digest.of(common, scorecardKeys.get(piece.scorecard().path()), piece.depth(), piece.afterSibling());
    }
}
