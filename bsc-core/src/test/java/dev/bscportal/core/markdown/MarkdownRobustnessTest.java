package dev.bscportal.core.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Markdown converter does with text the loader would refuse: a clear exception, never a stack overflow. */
class MarkdownRobustnessTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {">", "- ", "1. ", "> - ", "**a ", "!["})
    void textNestedTooDeeplyToRenderIsAMarkdownExceptionNotAStackOverflow(String opener) {
        // given 3,000 nested containers or inline openers, far past the loader's bound of 32
        String deep = opener.repeat(3000) + "deep" + (opener.equals("**a ") ? " c**".repeat(3000) : opener.equals("![") ? "](/x)".repeat(3000) : "") + "\n";
        // when converted on a 256 KiB stack, then a MarkdownException naming the text comes out, not a StackOverflowError
        Throwable thrown = onSmallStack(() -> new Markdown(false).toHtml(deep));
        assertTrue(thrown instanceof MarkdownException, String.valueOf(thrown));
        assertTrue(thrown.getMessage().contains("nested too deeply") && thrown.getMessage().contains(opener.strip()), thrown.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {">", "- ", "1. ", "> - ", "**a ", "!["})
    void nestingUpToTheLoadersBoundRenders(String opener) {
        // given 32 levels, the deepest the loader lets through
        String text = opener.repeat(32) + "deep" + (opener.equals("**a ") ? " c**".repeat(32) : opener.equals("![") ? "](/x)".repeat(32) : "") + "\n";
        // when converted on a 256 KiB stack, then it renders
        assertEquals(null, onSmallStack(() -> new Markdown(false).toHtml(text)));
        assertTrue(new Markdown(false).toHtml(text).contains("deep"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*a ", "_a ", "**a ", "[a ", "[", "![a ", "a] [b", "*a* ", "[a](/x) ", "> a\n", "- a\n", "1. a\n"})
    void flatButLongRunsOfOpenersRenderOnASmallStack(String piece) {
        // given 3,000 openers that never close (or close at once), i.e. long but flat text
        String flat = piece.repeat(3000) + "end\n";
        // when converted on a 256 KiB stack, then it renders: an opener that never closes is literal text, not nesting
        assertEquals(null, onSmallStack(() -> new Markdown(false).toHtml(flat)));
        assertTrue(new Markdown(false).toHtml(flat).contains("end"));
    }

    /** Runs {@code body} on a thread with a 256 KiB stack; what it threw, or null. */
    private static Throwable onSmallStack(Runnable body) {
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return thrown.get();
    }
}
