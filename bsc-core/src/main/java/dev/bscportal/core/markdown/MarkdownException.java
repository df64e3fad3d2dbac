package dev.bscportal.core.markdown;

/** Markdown that cannot be rendered (nested too deeply for the parser); the message says which text. */
public final class MarkdownException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MarkdownException(String message) {
        super(message);
    }
}
