package dev.bscportal.core.redact;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Withholds names in what a page, SVG map or XML file shows, without re-writing anything else: the text between
 * tags is read as the browser reads it (character references decoded, inline elements joined, so
 * {@code <strong>Ana</strong> Ng} and {@code &#65;na Ng} are found; block elements, line breaks and SVG text lines
 * count as white space), and so is every attribute a reader or screen reader sees ({@code title}, {@code alt},
 * {@code aria-label}, {@code content}, ...). Only the text runs and attributes that show a name change (a name
 * becomes {@link NameMatcher#WITHHELD}); an address attribute ({@code href}, {@code src}) that holds a name, also
 * percent-encoded, is removed, so a link shows its text only. Structural attributes ({@code class}, {@code id},
 * ...) are left as they are. Every other byte stays as it was.
 */
public final class MarkupScrubber {

    private static final Set<String> BREAKING = Set.of("br", "p", "div", "li", "ul", "ol", "td", "th", "tr", "table",
            "thead", "tbody", "tfoot", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "dt",
            "dd", "dl", "section", "article", "header", "footer", "nav", "main", "aside", "figure", "figcaption",
            "summary", "details", "title", "option", "label", "button", "text", "tspan", "desc", "g", "svg", "loc",
            "head", "body", "html", "meta", "img", "input", "textarea", "select", "form", "fieldset", "legend");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction",
            "srcset", "poster", "background", "cite", "data", "ping");
    private static final Set<String> STRUCTURAL = Set.of("class", "id", "for", "headers", "aria-labelledby",
            "aria-describedby", "aria-controls", "aria-owns", "rel", "role", "type", "lang", "xml:lang", "dir", "charset",
            "http-equiv", "name", "method", "target", "xmlns", "xmlns:xlink", "viewbox", "version", "style", "width",
            "height", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "transform", "fill",
            "stroke", "stroke-width", "stroke-dasharray", "font-family", "font-size", "font-weight", "text-anchor",
            "preserveaspectratio", "tabindex", "hidden", "defer", "async", "media", "sizes", "colspan", "rowspan",
            "scope", "datetime", "opacity", "fill-opacity", "stroke-opacity", "marker-end", "marker-start", "refx",
            "refy", "markerwidth", "markerheight", "orient", "offset", "stop-color", "gradientunits", "clip-path",
            "mask", "filter", "dominant-baseline", "alignment-baseline", "loading", "decoding", "crossorigin",
            "integrity", "referrerpolicy", "translate", "spellcheck", "autocomplete", "enterkeyhint", "inputmode",
            "min", "max", "step", "low", "high", "optimum", "start", "reversed", "span", "open", "selected", "checked",
            "disabled", "readonly", "required", "multiple", "novalidate", "accept", "accept-charset", "enctype");

    private final NameMatcher names;

    public MarkupScrubber(NameMatcher names) {
        this.names = names;
    }

    /** {@code markup} with every shown name withheld; the same string when it shows none. */
    public String scrub(String markup) {
        if (names.isEmpty() || markup.isEmpty()) {
            return markup;
        }
        List<Piece> text = new ArrayList<>();
        StringBuilder out = new StringBuilder(markup.length());
        int i = 0;
        int n = markup.length();
        while (i < n) {
            char c = markup.charAt(i);
            if (c == '<' && markup.startsWith("<!--", i)) {
                int end = markup.indexOf("-->", i + 4);
                end = end < 0 ? n : end + 3;
                out.append(scrubPlain(markup.substring(i, end)));
                i = end; // a comment joins the text around it: A<!-- -->na reads as Ana
            } else if (c == '<' && markup.startsWith("<![CDATA[", i)) {
                int end = markup.indexOf("]]>", i);
                end = end < 0 ? n : end + 3;
                out.append(scrubPlain(markup.substring(i, end)));
                text.add(Piece.BREAK);
                i = end;
            } else if (c == '<' && i + 1 < n && (Character.isLetter(markup.charAt(i + 1)) || markup.charAt(i + 1) == '/'
                    || markup.charAt(i + 1) == '!' || markup.charAt(i + 1) == '?')) {
                int end = MarkupSyntax.tagEnd(markup, i);
                String tag = markup.substring(i, end);
                String name = MarkupSyntax.tagName(tag);
                if (BREAKING.contains(name)) {
                    text.add(Piece.BREAK);
                }
                out.append(scrubTag(tag));
                i = end;
                if ((name.equals("script") || name.equals("style")) && !tag.startsWith("</") && !tag.endsWith("/>")) {
                    int close = MarkupSyntax.closingTag(markup, i, name);
                    String raw = markup.substring(i, close);
                    out.append(name.equals("script") ? JsonStrings.scrub(raw, names) : raw);
                    text.add(Piece.BREAK);
                    i = close;
                }
            } else {
                int end = markup.indexOf('<', i + 1);
                end = end < 0 ? n : end;
                String raw = markup.substring(i, end);
                text.add(new Piece(out.length(), raw, Parser.unescapeEntities(raw, false)));
                out.append(raw);
                i = end;
            }
        }
        return rewrite(out, text);
    }

    /** Finds names across the joined text pieces and rewrites the pieces that show part of one. */
    private String rewrite(StringBuilder out, List<Piece> pieces) {
        StringBuilder joined = new StringBuilder();
        List<int[]> owner = new ArrayList<>(); // per joined char: piece index, offset (or -1 for a break)
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            if (piece == Piece.BREAK) {
                joined.append(' ');
                owner.add(new int[] {-1, 0});
            } else {
                for (int k = 0; k < piece.decoded.length(); k++) {
                    owner.add(new int[] {p, k});
                }
                joined.append(piece.decoded);
            }
        }
        List<int[]> ranges = names.ranges(joined);
        if (ranges.isEmpty()) {
            return out.toString();
        }
        // per piece: which decoded chars are dropped, and where a replacement starts
        java.util.Map<Integer, boolean[]> dropped = new java.util.TreeMap<>();
        java.util.Map<Integer, boolean[]> starts = new java.util.TreeMap<>();
        for (int[] r : ranges) {
            boolean placed = false;
            for (int j = r[0]; j < r[1]; j++) {
                int[] o = owner.get(j);
                if (o[0] < 0) {
                    continue;
                }
                int len = pieces.get(o[0]).decoded.length();
                dropped.computeIfAbsent(o[0], k -> new boolean[len])[o[1]] = true;
                if (!placed) {
                    starts.computeIfAbsent(o[0], k -> new boolean[len])[o[1]] = true;
                    placed = true;
                }
            }
        }
        // rewrite from the last piece backwards so earlier offsets stay valid
        List<Integer> changed = new ArrayList<>(dropped.keySet());
        java.util.Collections.reverse(changed);
        for (int p : changed) {
            Piece piece = pieces.get(p);
            boolean[] drop = dropped.get(p);
            boolean[] start = starts.getOrDefault(p, new boolean[drop.length]);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < drop.length; k++) {
                if (start[k]) {
                    text.append(NameMatcher.WITHHELD);
                }
                if (!drop[k]) {
                    text.append(piece.decoded.charAt(k));
                }
            }
            out.replace(piece.at, piece.at + piece.raw.length(), MarkupSyntax.escape(text.toString(), false));
        }
        return out.toString();
    }

    private String scrubPlain(String raw) {
        return names.finds(Parser.unescapeEntities(raw, false)) || names.finds(raw)
                ? names.scrub(Parser.unescapeEntities(raw, false)).replace("<", "").replace(">", "") : raw;
    }

    /** The tag with every attribute that shows a name withheld (or, for an address, removed). */
    private String scrubTag(String tag) {
        if (tag.startsWith("</") || tag.startsWith("<!") || tag.startsWith("<?")) {
            return tag;
        }
        StringBuilder out = new StringBuilder(tag.length());
        int i = 1;
        int n = tag.length();
        while (i < n && !Character.isWhitespace(tag.charAt(i)) && tag.charAt(i) != '>' && tag.charAt(i) != '/') {
            i++;
        }
        out.append(tag, 0, i);
        while (i < n) {
            int attrStart = i;
            while (i < n && (Character.isWhitespace(tag.charAt(i)) || tag.charAt(i) == '/')) {
                i++;
            }
            if (i >= n || tag.charAt(i) == '>') {
                out.append(tag, attrStart, n);
                break;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(tag.charAt(i)) && "=>/".indexOf(tag.charAt(i)) < 0) {
                i++;
            }
            String name = tag.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int j = i;
            while (j < n && Character.isWhitespace(tag.charAt(j))) {
                j++;
            }
            if (j >= n || tag.charAt(j) != '=') {
                out.append(tag, attrStart, i);
                continue;
            }
            j++;
            while (j < n && Character.isWhitespace(tag.charAt(j))) {
                j++;
            }
            int valueStart;
            int valueEnd;
            int after;
            char quote = j < n ? tag.charAt(j) : ' ';
            if (quote == '"' || quote == '\'') {
                valueStart = j + 1;
                valueEnd = tag.indexOf(quote, valueStart);
                valueEnd = valueEnd < 0 ? n : valueEnd;
                after = Math.min(n, valueEnd + 1);
            } else {
                valueStart = j;
                valueEnd = j;
                while (valueEnd < n && !Character.isWhitespace(tag.charAt(valueEnd)) && tag.charAt(valueEnd) != '>') {
                    valueEnd++;
                }
                after = valueEnd;
                quote = '"';
            }
            String raw = tag.substring(valueStart, valueEnd);
            String value = Parser.unescapeEntities(raw, true);
            if (STRUCTURAL.contains(name) || !(names.finds(value) || URL_ATTRIBUTES.contains(name) && names.findsInAddress(MarkupSyntax.percentDecoded(value)))) {
                out.append(tag, attrStart, after);
            } else if (URL_ATTRIBUTES.contains(name)) {
                // an address that names someone is left out: the element shows its text only
            } else {
                out.append(tag, attrStart, valueStart == j + 1 ? j : valueStart).append(quote)
                        .append(MarkupSyntax.escape(names.scrub(value), true)).append(quote);
            }
            i = after;
        }
        return out.toString();
    }

    /** A run of text between tags: where it starts in the output, as written, as read. */
    private record Piece(int at, String raw, String decoded) {
        static final Piece BREAK = new Piece(-1, "", "");
    }
}
