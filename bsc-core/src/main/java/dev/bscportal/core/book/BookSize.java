package dev.bscportal.core.book;

import java.util.Locale;
import java.util.Optional;

/** The paper the book is laid out for: ISO A4 (the default) or US Letter. */
public enum BookSize {
    A4("A4", "A4"),
    LETTER("Letter", "letter");

    private final String id;
    private final String css;

    BookSize(String id, String css) {
        this.id = id;
        this.css = css;
    }

    /** The name a user writes ({@code A4}, {@code Letter}). */
    public String id() {
        return id;
    }

    /** The CSS {@code @page size} keyword. */
    public String css() {
        return css;
    }

    /** {@code A4} or {@code Letter}, in any case; empty for anything else. */
    public static Optional<BookSize> fromId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (BookSize s : values()) {
            if (s.id.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
