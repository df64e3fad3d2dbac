package dev.bscportal.core.site;

import dev.bscportal.core.maps.RenderedMap;
import dev.bscportal.core.redact.NameMatcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generated files other than pages that a rebuild takes from the site it replaces (hard link, else copy, through
 * {@link PageReuse}) when their key is the same as when that site was written, instead of writing them again: a
 * preview of a 10,000-page site changes a few of its 645 maps and wrote all 1,290 map files after every save.
 * Their keys are recorded with the page digests, as groups of their own:
 * <ul>
 * <li>{@code map:<path>}: a map's {@code .svg}, {@code .dot} and {@code .html} ({@link MapPage}) files are made of its {@link RenderedMap} only (path,
 * DOT and the cleaned SVG: the engine's layout after cleaning, so a new layout, engine or cleaning gives a new key),
 * then scrubbed of the names the edition withholds; the key is the whole {@link RenderedMap}, the site-wide key (the
 * engine's code and templates, the settings) and those names.</li>
 * <li>{@code file:strategy.json} and its parts: see {@link StrategyJsonFile}.</li>
 * </ul>
 */
final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** The group of a map's three files. */
    static String mapGroup(String sitePathWithoutExtension) {
        return "map:" + sitePathWithoutExtension;
    }

    /** The keys of the maps' files, by group. */
    static Map<String, String> keys(ContentDigest digest, String siteWide, NameMatcher withheld, Map<String, RenderedMap> maps) {
        String names = digest.of(withheld.names());
        Map<String, String> keys = new LinkedHashMap<>();
        List<Map.Entry<String, RenderedMap>> entries = new ArrayList<>(maps.entrySet());
        List<String> mapKeys = entries.parallelStream().map(e -> digest.of(siteWide, names, e.getValue())).toList();
        for (int i = 0; i < entries.size(); i++) {
            keys.put(mapGroup(entries.get(i).getKey()), mapKeys.get(i));
        }
        return keys;
    }

    /**
     * Writes each map's standalone {@code .svg} and {@code .dot} file and its own page ({@link MapPage}), or keeps
     * them from the previous site.
     */
    static void writeMaps(Map<String, RenderedMap> maps, Locale locale, Labels labels, PageReuse reuse, Path target) {
        for (RenderedMap map : maps.values()) {
            String group = mapGroup(map.sitePathWithoutExtension());
            String svg = map.sitePathWithoutExtension() + ".svg";
            if (!reuse.keep(group, svg, target)) {
                SiteRenderer.write(target, svg, map.standalone());
            }
            String dot = map.sitePathWithoutExtension() + ".dot";
            if (!reuse.keep(group, dot, target)) {
                SiteRenderer.write(target, dot, map.publishedDot());
            }
            String page = MapPage.sitePath(map);
            if (!reuse.keep(group, page, target)) {
                SiteRenderer.write(target, page, MapPage.html(map, locale, labels));
            }
        }
    }
}
