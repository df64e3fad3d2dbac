package dev.bscportal.core.site;

import dev.bscportal.core.markdown.Markdown;

/** Markdown for templates: {@code ${md.html(objective.body)?no_esc}} (the HTML is already safe). */
public final class MarkdownView {

    private final Markdown markdown;

    MarkdownView(Markdown markdown) {
        this.markdown = markdown;
    }

    public String html(String text) {
        return markdown.toHtml(text);
    }
}
