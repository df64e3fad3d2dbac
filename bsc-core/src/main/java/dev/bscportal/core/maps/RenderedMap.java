package dev.bscportal.core.maps;

/**
 * A laid-out map: where its standalone files go (site path without extension), its DOT source, and the
 * cleaned SVG with {@link StrategyMapDot#ROOT} placeholders still in its links.
 */
public record RenderedMap(String sitePathWithoutExtension, String dot, String svg) {

    /** The SVG for a page whose way back to the site root is {@code pageRoot}. */
    public String inline(String pageRoot) {
        return MapSvg.place(svg, pageRoot);
    }

    /**
     * The published .dot file's content: the DOT with its links relative to the maps folder, like the standalone
     * SVG's, so no internal placeholder ({@link StrategyMapDot#ROOT}) reaches the site.
     */
    public String publishedDot() {
        return dot.replace("URL=\"" + StrategyMapDot.ROOT, "URL=\"" + rootFromMapsFolder());
    }

    /** The way back to the site root from the maps folder this map's files are written to. */
    public String rootFromMapsFolder() {
        return "../".repeat((int) sitePathWithoutExtension.chars().filter(c -> c == '/').count());
    }

    /**
     * The standalone .svg file's content: links relative to the maps folder, with an XML prolog, as high as its
     * drawing at the width it is shown ({@link MapSvg#sizedByViewBox}).
     */
    public String standalone() {
        String svg = inMapsFolder();
        int tagEnd = svg.indexOf('>');
        boolean hasNamespace = tagEnd > 0 && svg.substring(0, tagEnd).contains("xmlns=\"http://www.w3.org/2000/svg\"");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + (hasNamespace ? svg : svg.replaceFirst("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" "));
    }

    /**
     * The SVG for a file in the maps folder (the standalone .svg, the map's own page): links relative to that folder,
     * as high as its drawing at the width it is shown.
     */
    public String inMapsFolder() {
        return MapSvg.sizedByViewBox(MapSvg.place(svg, rootFromMapsFolder()));
    }
}
