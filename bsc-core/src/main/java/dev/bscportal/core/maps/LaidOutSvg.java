package dev.bscportal.core.maps;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a laid-out map holds only what Graphviz writes for the DOT this plugin generates, before it is
 * inlined in pages and drawn in books: the SVG goes into the site as it is, so one that came from a tampered map
 * cache (or a strange {@code dot} on the path) must not carry script, event attributes, styles, external
 * references or ids that shadow the page's. Allow-lists on parsed, entity-decoded names and values: elements,
 * attributes per value shape, and links only to the site's own objective pages.
 */
public final class LaidOutSvg {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    /** What Graphviz writes for our DOT (boxes, plain-text perspective labels, clusters, edges), and the book draws. */
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "title", "path", "polygon", "text", "a");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9.]+(?:e-?[0-9]+)?(?:pt|px)?");
    private static final Pattern NUMBERS = Pattern.compile("[-0-9., eE]*");
    private static final Pattern PATH_DATA = Pattern.compile("[-0-9., eEMmCcLlZzHhVvQqSsTtAa]*");
    private static final Pattern TRANSFORM = Pattern.compile("[-0-9., a-z()]*");
    private static final Pattern COLOUR = Pattern.compile("none|transparent|#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,30}");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9 ,._'-]*");
    private static final Pattern GRAPHVIZ_ID = Pattern.compile("(?:a_)?(?:graph|node|edge|clust)[0-9]+");
    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(StrategyMapDot.ROOT) + "(?:[a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_-]*\\.html");
    private static final Map<String, Pattern> ATTRIBUTES = Map.ofEntries(
            Map.entry("width", NUMBER), Map.entry("height", NUMBER), Map.entry("viewBox", NUMBERS),
            Map.entry("version", NUMBERS), Map.entry("x", NUMBER), Map.entry("y", NUMBER),
            Map.entry("points", NUMBERS), Map.entry("d", PATH_DATA), Map.entry("transform", TRANSFORM),
            Map.entry("fill", COLOUR), Map.entry("stroke", COLOUR), Map.entry("fill-opacity", NUMBER),
            Map.entry("stroke-opacity", NUMBER), Map.entry("stroke-width", NUMBER),
            Map.entry("stroke-dasharray", NUMBERS), Map.entry("font-size", NUMBER), Map.entry("font-family", WORDS),
            Map.entry("font-weight", WORDS), Map.entry("font-style", WORDS), Map.entry("text-anchor", WORDS),
            Map.entry("text-decoration", WORDS), Map.entry("class", WORDS), Map.entry("id", GRAPHVIZ_ID));

    /** Configured once here and never changed after: creating readers from it is safe from any thread. */
    private static final XMLInputFactory FACTORY = factory();

    private LaidOutSvg() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Fails, naming the engine, the map and what is wrong, when {@code svg} may not go into a page. */
    static void require(String svg, String engine, String map) throws MapException {
        Optional<String> refusal = refusal(svg);
        if (refusal.isPresent()) {
            throw new MapException("The map engine " + engine + " wrote an SVG for " + map + " that the site does not"
                    + " publish: " + refusal.get() + ". Check which Graphviz the build runs (bsc.graphviz.engine=embedded"
                    + " uses the plugin's own).");
        }
    }

    /** Why {@code svg} may not go into a page, or empty when it holds only what a map of ours holds. */
    public static Optional<String> refusal(String svg) {
        // MapSvg cleans the text, not the parse: it starts at the first "<svg", so that must be the root's start tag,
        // not one in a comment or the DOCTYPE before it (browsers read "<SVG" as "<svg" too)
        if (svgTags(svg) != 1) {
            return Optional.of("\"<svg\" is written in it elsewhere than at its root (in a comment or its DOCTYPE)");
        }
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(svg));
            try {
                return walk(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.of("it is not well-formed XML (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static Optional<String> walk(XMLStreamReader reader) throws XMLStreamException {
        int roots = 0;
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth == 0 && ++roots > 1) {
                        return Optional.of("it has more than one root element");
                    }
                    if ((depth == 0) != reader.getLocalName().equals("svg")) {
                        return Optional.of(depth == 0 ? "its root is no <svg>" : "it has an <svg> inside it");
                    }
                    depth++;
                    Optional<String> refused = element(reader);
                    if (refused.isPresent()) {
                        return refused;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.DTD -> {
                    if (reader.getText().contains("[")) {
                        return Optional.of("its DOCTYPE declares entities");
                    }
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    return Optional.of("it has a processing instruction <?" + reader.getPITarget() + "?>");
                }
                case XMLStreamConstants.CDATA -> {
                    return Optional.of("it has a CDATA section");
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    return Optional.of("it refers to the entity &" + reader.getLocalName() + ";");
                }
                default -> {
                    // text, comments and white space are text to a browser
                }
            }
        }
        return roots == 1 ? Optional.empty() : Optional.of("it has no root element");
    }

    private static Optional<String> element(XMLStreamReader reader) {
        String name = reader.getLocalName();
        boolean prefixed = reader.getPrefix() != null && !reader.getPrefix().isEmpty();
        if (prefixed || !SVG_NS.equals(reader.getNamespaceURI()) || !ELEMENTS.contains(name)) {
            return Optional.of("it has a <" + qualified(reader.getPrefix(), name) + "> element");
        }
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String uri = reader.getNamespaceURI(i);
            if (!SVG_NS.equals(uri) && !XLINK_NS.equals(uri)) {
                return Optional.of("<" + name + "> declares the namespace " + uri);
            }
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i) == null ? "" : reader.getAttributePrefix(i);
            if (!prefix.isEmpty() && !prefix.equals("xlink") && !prefix.equals("xml")) {
                return Optional.of("<" + name + "> has the attribute " + prefix + ":" + reader.getAttributeLocalName(i));
            }
            Optional<String> refused = attribute(name, reader.getAttributeNamespace(i), reader.getAttributeLocalName(i),
                    reader.getAttributeValue(i));
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(String element, String namespace, String name, String value) {
        boolean xlink = XLINK_NS.equals(namespace);
        boolean plain = namespace == null || namespace.isEmpty();
        if (xlink && name.equals("title") || plain && name.equals("target") && value.equals("_top")
                || XMLConstants.XML_NS_URI.equals(namespace) && name.equals("space") && value.equals("preserve")) {
            return Optional.empty();
        }
        if ((xlink || plain) && name.equals("href")) {
            return element.equals("a") && LINK.matcher(value).matches() && !value.contains("..")
                    ? Optional.empty()
                    : Optional.of("<" + element + "> links to \"" + shown(value) + "\", not to an objective's page");
        }
        Pattern shape = plain ? ATTRIBUTES.get(name) : null;
        if (shape == null) {
            return Optional.of("<" + element + "> has the attribute " + (xlink ? "xlink:" : "") + name);
        }
        return shape.matcher(value).matches() ? Optional.empty()
                : Optional.of("<" + element + "> has " + name + "=\"" + shown(value) + "\"");
    }

    /** How often "<svg" is written in {@code text}, in any ASCII case (as a browser reads tag names), without a copy. */
    private static int svgTags(String text) {
        int count = 0;
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i + 1, "svg", 0, 3) && isAscii(text, i + 1, 3)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isAscii(String text, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String qualified(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
    }

    private static String shown(String value) {
        String visible = value.codePoints().map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
