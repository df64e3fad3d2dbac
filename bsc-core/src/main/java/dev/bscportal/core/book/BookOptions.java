package dev.bscportal.core.book;

/**
 * How the books of one edition are made: the paper size and the edition's name printed on the cover (empty for the
 * full edition; an audience edition's name otherwise).
 */
public record BookOptions(BookSize size, String edition) {

    public BookOptions {
        if (size == null) {
            throw new IllegalArgumentException("size");
        }
        edition = edition == null ? "" : edition;
    }

    public static BookOptions defaults() {
        return new BookOptions(BookSize.A4, "");
    }

    public BookOptions withEdition(String name) {
        return new BookOptions(size, name);
    }
}
