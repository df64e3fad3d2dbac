package dev.bscportal.core.book;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SVG in a book that is not the portal's own drawing (a project's template, written badly or on purpose): the book's
 * reader ({@link ChartSvg}) answers "not mine" (empty, with a reason for BSC188's message) and never throws, overflows
 * the stack or draws an external reference.
 */
class ChartSvgHostileTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    @Timeout(60)
    void givenSvgOutsideTheSubset_whenRead_thenItIsLeftToTheGeneralEngineWithAReasonAndNothingThrows() throws Exception {
        Map<String, String> drawings = new LinkedHashMap<>();
        String open = "<svg xmlns=\"" + SVG + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" class=\"chart\" viewBox=\"0 0 100 50\">";
        drawings.put("an image of a local file", open + "<image href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/></svg>");
        drawings.put("an image from another site", open + "<image xlink:href=\"http://evil.example/x.png\" width=\"10\" height=\"10\"/></svg>");
        drawings.put("use of an external file", open + "<use xlink:href=\"file:///etc/passwd#x\"/></svg>");
        drawings.put("a foreign object", open + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>");
        drawings.put("a script", open + "<script>alert(1)</script></svg>");
        drawings.put("a style importing a file", open + "<style>@import url(file:///etc/passwd); rect{fill:url(http://evil.example/#p)}</style><rect x=\"0\" y=\"0\" width=\"1\" height=\"1\"/></svg>");
        drawings.put("a fill by url", open + "<rect x=\"0\" y=\"0\" width=\"1\" height=\"1\" fill=\"url(file:///etc/passwd#g)\"/></svg>");
        drawings.put("a path cut short", open + "<path d=\"M 0 0 C 1 2\"/></svg>");
        drawings.put("a path in other digits", open + "<path d=\"M \u0663 \u0664 L 1 1\"/></svg>");
        drawings.put("a path of exponents and NaN", open + "<path d=\"M 1e999 NaN L Infinity 0\"/></svg>");
        drawings.put("a polygon of one number", open + "<polygon points=\"1\"/></svg>");
        drawings.put("a relative path", open + "<path d=\"m 0 0 l 1 1\"/></svg>");
        drawings.put("a transform of NaN", open + "<g transform=\"scale(NaN) rotate(1e400) translate(x y)\"><rect x=\"0\" y=\"0\" width=\"1\" height=\"1\"/></g></svg>");
        drawings.put("a negative size", open + "<rect x=\"0\" y=\"0\" width=\"-1\" height=\"1\"/></svg>");
        drawings.put("an empty viewBox", open.replace("0 0 100 50", "0 0 0 0") + "</svg>");
        drawings.put("a viewBox of words", open.replace("0 0 100 50", "a b c d") + "</svg>");
        drawings.put("text with markup", open + "<text x=\"0\" y=\"0\"><tspan font-weight=\"bold\">x</tspan></text></svg>");
        drawings.put("an unknown namespace", open + "<x:rect xmlns:x=\"urn:x\" x=\"0\" y=\"0\" width=\"1\" height=\"1\"/></svg>");
        for (var drawing : drawings.entrySet()) {
            Element svg = parse(drawing.getValue());

            Optional<ChartSvg> read = ChartSvg.read(svg);
            Optional<String> why = ChartSvg.unread(svg);

            assertTrue(read.isEmpty(), drawing.getKey() + " is not drawn by the book's reader");
            assertTrue(why.isPresent() && !why.get().isBlank(), drawing.getKey() + ": a reason for the message");
        }
    }

    @Test
    @Timeout(60)
    void givenGroupsNestedTensOfThousandsDeep_whenRead_thenTheAnswerIsNotMineNotAStackOverflow() throws Exception {
        for (int depth : new int[] {10, ChartSvg.MAX_DEPTH, 1_000, 20_000, 100_000}) {
            Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
            Element svg = doc.createElementNS(SVG, "svg");
            svg.setAttribute("class", "chart");
            svg.setAttribute("viewBox", "0 0 100 50");
            doc.appendChild(svg);
            // built from the inside out: appending to a parent already in the tree checks all its ancestors
            Element inner = doc.createElementNS(SVG, "rect");
            for (String a : new String[] {"x", "y", "width", "height"}) {
                inner.setAttribute(a, "1");
            }
            for (int i = 0; i < depth; i++) {
                Element g = doc.createElementNS(SVG, "g");
                g.appendChild(inner);
                inner = g;
            }
            svg.appendChild(inner);

            // read on a thread with a pool thread's stack (books are laid out on a pool: 1 MB by default, here half)
            Optional<ChartSvg> read = onPoolStack(() -> ChartSvg.read(svg));

            assertEquals(depth < ChartSvg.MAX_DEPTH, read.isPresent(), depth + " deep: " + ChartSvg.unread(svg));
        }
    }

    private static <T> T onPoolStack(java.util.function.Supplier<T> work) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Object> out = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(work.get());
            } catch (Throwable e) {
                out.set(e);
            }
        }, "book-layout", 512 * 1024);
        t.start();
        t.join();
        if (out.get() instanceof Throwable e) {
            throw new AssertionError("the reader threw " + e.getClass().getSimpleName(), e);
        }
        @SuppressWarnings("unchecked")
        T result = (T) out.get();
        return result;
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
