package dev.bscportal.core.export;

import dev.bscportal.core.text.Xml;

import java.util.List;

/** sitemap.xml for search engines of an intranet or public host; only written when a site URL is set. */
public final class Sitemap {

    private Sitemap() {
    }

    /** {@code paths}: the searchable pages, each as a path from the site root. */
    public static String xml(String siteUrl, List<String> paths) {
        String base = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("  <url><loc>").append(Xml.text(base + path)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
