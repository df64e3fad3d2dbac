package dev.bscportal.core.presentation;

import dev.bscportal.core.model.ObjectiveKey;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.Scorecard;


/**
 * Where every page lives, as a path from the site root with forward slashes. A unit's pages mirror the
 * company's under the unit's directory ({@code units/sales/objectives/win.html}). Pages link to each other
 * with {@link #relative(String, String)}, so the site works from file://, a sub-path or any server.
 */
public final class SitePaths {

    private SitePaths() {
    }

    public static String prefix(Scorecard scorecard) {
        return prefix(scorecard.directory());
    }

    static String prefix(String directory) {
        return directory.isEmpty() ? "" : directory + "/";
    }

    public static String unitDirectory(String unitPath) {
        return unitPath.isEmpty() ? "" : "units/" + unitPath.replace("/", "/units/");
    }

    public static String home(Scorecard s) {
        return prefix(s) + "index.html";
    }

    /** The scorecard's briefing book (PDF), beside its home page. */
    public static String book(Scorecard s) {
        return prefix(s) + "briefing-book.pdf";
    }

    public static String scorecard(Scorecard s) {
        return prefix(s) + "scorecard.html";
    }

    public static String perspective(Scorecard s, String id) {
        return prefix(s) + "perspectives/" + id + ".html";
    }

    public static String theme(Scorecard s, String id) {
        return prefix(s) + "themes/" + id + ".html";
    }

    public static String objective(Scorecard s, String id) {
        return prefix(s) + "objectives/" + id + ".html";
    }

    public static String objective(ObjectiveKey key) {
        return prefix(unitDirectory(key.unitPath())) + "objectives/" + key.id() + ".html";
    }

    public static String measure(Scorecard s, String id) {
        return prefix(s) + "measures/" + id + ".html";
    }

    public static String initiatives(Scorecard s) {
        return prefix(s) + "initiatives/index.html";
    }

    public static String initiative(Scorecard s, String id) {
        return prefix(s) + "initiatives/" + id + ".html";
    }

    public static String okrs(Scorecard s) {
        return prefix(s) + "okrs/index.html";
    }

    public static String reviews(Scorecard s) {
        return prefix(s) + "reviews/index.html";
    }

    public static String review(Scorecard s, Period period) {
        return prefix(s) + "reviews/" + period + ".html";
    }

    public static String map(Scorecard s, String name) {
        return prefix(s) + "maps/" + name;
    }

    public static String owners() {
        return "owners/index.html";
    }

    public static String owner(String slug) {
        return "owners/" + slug + ".html";
    }

    public static String changes() {
        return "changes.html";
    }

    public static String search() {
        return "search.html";
    }

    /** The link from one page to another, both given from the site root. */
    public static String relative(String fromPage, String to) {
        return root(fromPage) + to;
    }

    /** "../" once per directory level of the page: the way back to the site root. */
    public static String root(String page) {
        int depth = 0;
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
