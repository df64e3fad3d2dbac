package dev.bscportal.core.site;

import dev.bscportal.core.maps.RenderedMap;

import java.util.Map;

/** Maps for templates: {@code maps.has(path)} and {@code maps.svg(path)?no_esc}, links already relative to the page. */
public final class MapsView {

    private final Map<String, RenderedMap> maps;
    private final PageContext page;

    MapsView(Map<String, RenderedMap> maps, PageContext page) {
        this.maps = maps;
        this.page = page;
    }

    public boolean has(String sitePathWithoutExtension) {
        return maps.containsKey(sitePathWithoutExtension);
    }

    public String svg(String sitePathWithoutExtension) {
        RenderedMap map = maps.get(sitePathWithoutExtension);
        return map == null ? "" : map.inline(page.getRoot());
    }
}
