package dev.bscportal.core.site;

import dev.bscportal.core.presentation.SitePaths;

/**
 * The page being rendered: its path from the site root and its title. {@link #to(String)} turns a path from
 * the site root into a link relative to this page.
 */
public final class PageContext {

    private final String path;
    private final String title;
    private final String kind;
    private final String root;

    public PageContext(String path, String title, String kind) {
        this.path = path;
        this.title = title;
        this.kind = kind;
        this.root = SitePaths.root(path);
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    /** What kind of page: home, scorecard, objective, measure... (used for the nav highlight and body class). */
    public String getKind() {
        return kind;
    }

    /** The way back to the site root: "" or "../" repeated. */
    public String getRoot() {
        return root;
    }

    public String to(String sitePath) {
        return root + sitePath;
    }

    public boolean is(String sitePath) {
        return path.equals(sitePath);
    }
}
