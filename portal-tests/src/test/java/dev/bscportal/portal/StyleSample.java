package dev.bscportal.portal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few pages of a site that together show every kind of element the stylesheet can style: for each element, its
 * tag, each of its classes, its role and ARIA attributes, each alone and under each class of its parent. A page kind
 * (objective, measure, unit...) comes in many copies that differ in text but not in what is styled, so checks that
 * depend on the stylesheet (colour contrast in dark mode, layout at phone width) run on this sample instead of on
 * every copy. Chosen greedily (the page adding most unseen kinds first, ties to the first page in path order), so the
 * sample is the same for the same site.
 */
final class StyleSample {

    private StyleSample() {
    }

    /** The sample of {@code pages}, in path order, and every kind of element of any page shown by one of them. */
    static List<Path> of(List<Path> pages) throws IOException {
        Map<Path, Set<String>> kindsByPage = new LinkedHashMap<>();
        for (Path page : pages.stream().sorted().toList()) {
            kindsByPage.put(page, kinds(page));
        }
        Set<String> unseen = new HashSet<>();
        kindsByPage.values().forEach(unseen::addAll);
        List<Path> sample = new ArrayList<>();
        while (!unseen.isEmpty()) {
            Path best = null;
            int bestCount = 0;
            for (Map.Entry<Path, Set<String>> e : kindsByPage.entrySet()) {
                int count = (int) e.getValue().stream().filter(unseen::contains).count();
                if (count > bestCount) {
                    best = e.getKey();
                    bestCount = count;
                }
            }
            sample.add(best);
            unseen.removeAll(kindsByPage.remove(best));
        }
        return sample.stream().sorted().toList();
    }

    static Set<String> kinds(Path page) throws IOException {
        Set<String> kinds = new HashSet<>();
        for (Element e : Jsoup.parse(page.toFile(), "UTF-8").getAllElements()) {
            List<String> own = ownKinds(e);
            kinds.addAll(own);
            Element parent = e.parent();
            if (parent != null) {
                for (String p : ownKinds(parent)) {
                    for (String o : own) {
                        kinds.add(p + " > " + o);
                    }
                }
            }
        }
        return kinds;
    }

    private static List<String> ownKinds(Element e) {
        List<String> kinds = new ArrayList<>();
        String tag = e.normalName();
        kinds.add(tag);
        e.classNames().forEach(c -> kinds.add(tag + "." + c));
        e.attributes().forEach(a -> {
            if (a.getKey().equals("role") || a.getKey().startsWith("aria-") && !a.getKey().equals("aria-label")) {
                kinds.add(tag + "[" + a.getKey() + (a.getKey().equals("role") ? "=" + a.getValue() : "") + "]");
            }
        });
        return kinds;
    }
}
