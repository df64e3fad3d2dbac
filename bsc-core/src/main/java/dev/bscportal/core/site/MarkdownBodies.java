package dev.bscportal.core.site;

import dev.bscportal.core.markdown.Markdown;
import dev.bscportal.core.markdown.MarkdownException;
import dev.bscportal.core.load.MarkdownShape;
import dev.bscportal.core.model.Scorecard;
import dev.bscportal.core.model.Strategy;

/**
 * Converts every Markdown text of a strategy once, before any page is planned, so a text that cannot be rendered
 * stops the build with the file it came from (the pages then reuse the converted HTML). The loader already
 * refuses such text (BSC022, BSC023); this is the last line for a model that did not come through it.
 */
final class MarkdownBodies {

    private MarkdownBodies() {
    }

    static void convertAll(Strategy strategy, Markdown markdown) throws RenderException {
        for (Scorecard card : strategy.allScorecards()) {
            String dir = card.directory().isEmpty() ? "" : card.directory() + "/";
            convert(markdown, card.info().mission(), dir + "mission.md (or mission in " + card.info().origin().file() + ")");
            convert(markdown, card.info().vision(), dir + "vision.md (or vision in " + card.info().origin().file() + ")");
            for (var o : card.objectives()) {
                convert(markdown, o.body(), o.origin().file());
            }
            for (var m : card.measures()) {
                convert(markdown, m.description(), m.origin().file());
            }
            for (var i : card.initiatives()) {
                convert(markdown, i.body(), i.origin().file());
            }
            for (var r : card.reviews()) {
                convert(markdown, r.body(), r.origin().file());
            }
        }
    }

    private static void convert(Markdown markdown, String text, String file) throws RenderException {
        try {
            markdown.toHtml(text);
        } catch (MarkdownException e) {
            throw new RenderException(file + ": " + e.getMessage()
                    + " Fix: nest block quotes and lists at most " + MarkdownShape.MAX_DEPTH + " levels deep.", e);
        }
    }
}
