package dev.bscportal.core.site;

import dev.bscportal.core.maps.RenderedMap;
import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.score.StatusHistory;

import java.util.HashMap;
import java.util.Map;

/**
 * What every template sees, on the site's pages and in the briefing book's documents alike: {@code page}, {@code site},
 * {@code t} (the labels), {@code fmt}, {@code md}, {@code maps}, {@code charts}, and for a scorecard {@code sc} and
 * {@code heatmap}. One per rendering; {@link #of} per page.
 */
record PageModel(SiteModel site, Labels labels, Markdown markdown, Map<String, RenderedMap> maps, boolean showsActuals,
                 StatusHistory history) {

    /** The model of one page: {@code extras} first, so the names above always mean the same. {@code scorecard} may be null. */
    Map<String, Object> of(PageContext context, Formats fmt, ScorecardView scorecard, Map<String, Object> extras) {
        Map<String, Object> model = new HashMap<>(extras);
        model.put("page", context);
        model.put("site", site);
        model.put("t", site.getLabels());
        model.put("fmt", fmt);
        model.put("md", new MarkdownView(markdown));
        model.put("maps", new MapsView(maps, context));
        model.put("charts", new ChartsView(context, labels, showsActuals, fmt));
        if (scorecard != null) {
            model.put("sc", scorecard);
            model.put("heatmap", history.of(scorecard.getScorecard()));
        }
        return model;
    }
}
