package dev.bscportal.core.redact;

import dev.bscportal.core.model.ModelWalk;
import dev.bscportal.core.model.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Set;

/**
 * Withholds names in every text of the model, whichever record and field it sits in (organisation, unit,
 * perspective and theme names, horizon, units of measure, currencies, notes, milestones, key results, ...): the
 * model's records are walked by their components, so a text field added later is covered without a change here.
 * Ids and references ({@link #IDENTIFIERS}) are left as they are ({@link NamedIds} refuses an id holding a name),
 * and so are the {@link Origin}s (file positions for messages, never published).
 *
 * <p>A Markdown field ({@link #MARKDOWN}) is judged by what it shows once rendered: first the name is withheld in
 * the source as a whole word; when the rendered text still shows a name (split by emphasis, written with character
 * references, ...) the field becomes the rendered text with the names withheld, escaped as plain Markdown (its
 * formatting is lost, its words stay).
 */
public final class ModelText {

    /** Components that hold ids, references or other values the loader checks against a fixed shape. */
    public static final Set<String> IDENTIFIERS = Set.of("Scorecard.path", "Scorecard.directory", "Scorecard.unreadable",
            "Perspective.id", "Theme.id", "Theme.colour", "Objective.id", "Objective.perspective", "Objective.themes",
            "Objective.drives", "Objective.supports", "ObjectiveLink.objective", "Measure.id", "Measurement.measure",
            "Initiative.id", "Initiative.objectives", "Initiative.measures", "KeyResult.measure", "Okr.id", "Okr.supports");
    /** Components that hold Markdown. */
    public static final Set<String> MARKDOWN = Set.of("StrategyInfo.mission", "StrategyInfo.vision", "Objective.body",
            "Measure.description", "Initiative.body", "Review.body");

    private final NameMatcher names;
    private final List<UnaryOperator<String>> renderings;

    /**
     * {@code escaped} and {@code raw} render Markdown to HTML as the site does with raw HTML escaped and let through
     * (given by the renderer, which this package sits below).
     */
    public ModelText(NameMatcher names, UnaryOperator<String> escaped, UnaryOperator<String> raw) {
        this.names = names;
        this.renderings = List.of(escaped, raw);
    }

    /** {@code model} (a record of the model, e.g. the strategy) with every name in its texts withheld. */
    public <T> T scrub(T model) {
        return names.isEmpty() ? model : new ModelWalk().rewrite(model, new ModelWalk.Rewriter() {
            @Override
            public boolean keeps(String key, Object value) {
                return value instanceof Origin || IDENTIFIERS.contains(key);
            }

            @Override
            public Object leaf(String key, Object value) {
                return value instanceof String s ? MARKDOWN.contains(key) ? markdown(s) : plain(s) : value;
            }
        });
    }

    /** A plain text: names withheld as written, and as a reader of character references would see them. */
    String plain(String text) {
        String scrubbed = names.scrub(text);
        if (scrubbed != null && scrubbed.indexOf('&') >= 0) {
            String shown = org.jsoup.parser.Parser.unescapeEntities(scrubbed, false);
            if (names.finds(shown)) {
                return names.scrub(shown);
            }
        }
        return scrubbed;
    }

    /** A Markdown text whose rendering, with raw HTML escaped or allowed, shows no name. */
    String markdown(String source) {
        if (source == null || source.isBlank()) {
            return source;
        }
        String scrubbed = names.scrub(source);
        boolean shows = false;
        String html = "";
        for (UnaryOperator<String> markdown : renderings) {
            html = markdown.apply(scrubbed);
            if (names.finds(Jsoup.parseBodyFragment(html).text()) || !new MarkupScrubber(names).scrub(html).equals(html)) {
                shows = true;
                break;
            }
        }
        if (!shows) {
            return scrubbed;
        }
        List<String> blocks = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(renderings.get(1).apply(scrubbed)).body().children()) {
            String text = names.scrub(block.text());
            if (!text.isBlank()) {
                blocks.add(escapeMarkdown(text));
            }
        }
        return String.join("\n\n", blocks);
    }

    private static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if ("\\`*_{}[]()<>#+-.!|~\"'&:;=/?@$%^,".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
