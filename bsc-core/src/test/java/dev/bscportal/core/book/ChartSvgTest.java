package dev.bscportal.core.book;

import dev.bscportal.core.site.SiteOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading our charts' SVG for drawing straight into the PDF: every chart the example's books show is read, and
 * anything outside the small subset is left to the general SVG engine instead of being drawn wrong.
 */
class ChartSvgTest {

    static List<Element> charts;

    @BeforeAll
    static void collectTheExampleBooksCharts() throws Exception {
        charts = new ArrayList<>();
        for (org.w3c.dom.Document doc : BookDocuments.ofExample(SiteOptions.defaults()).values()) {
            NodeList svgs = doc.getElementsByTagNameNS("*", "svg");
            for (int i = 0; i < svgs.getLength(); i++) {
                Element svg = (Element) svgs.item(i);
                if (svg.getAttribute("class").contains("chart")) {
                    charts.add(svg);
                }
            }
        }
    }

    @Test
    void givenEveryChartOfTheExampleBooksThenEachIsReadForDrawingStraightIntoThePdf() {
        assertTrue(charts.size() >= 40, "charts: " + charts.size());
        assertTrue(charts.stream().anyMatch(c -> c.getAttribute("class").contains("chart-gantt")), "a timeline");
        assertTrue(charts.stream().anyMatch(c -> c.getAttribute("class").contains("polarity-lower-is-better")));
        for (Element chart : charts) {
            Optional<ChartSvg> read = BookSvgDrawer.chart(chart, -1, -1, -1);
            assertTrue(read.isPresent(), chart.getAttribute("class") + ": " + ChartSvg.unread(chart));
            assertTrue(read.get().items().size() > 5);
        }
    }

    @Test
    void givenAMeasureChartThenItsBandsTakeTheSheetsColourOverTheirFillNoneAttribute() {
        ChartSvg chart = firstMeasureChart();
        List<Color> bandFills = new ArrayList<>();
        for (ChartItem item : chart.items()) {
            if (item instanceof ChartItem.Figure f && f.shape() instanceof java.awt.geom.Rectangle2D) {
                item.style().fill().ifPresent(bandFills::add);
            }
        }
        // the book sheet's .band-off-target, .band-watch, .band-on-target and .band-exceeds
        List<Color> sheet = List.of(new Color(0xfee2e2), new Color(0xfef3c7), new Color(0xdcfce7), new Color(0xdbeafe));
        assertFalse(bandFills.isEmpty());
        assertTrue(sheet.containsAll(bandFills), bandFills.toString());
    }

    @Test
    void givenAMeasureChartThenItsTextIsTheStrategysWordsAndNumbersAnchoredAsWritten() {
        ChartSvg chart = firstMeasureChart();
        List<ChartItem.Label> labels = chart.items().stream().filter(ChartItem.Label.class::isInstance)
                .map(ChartItem.Label.class::cast).toList();
        assertTrue(labels.stream().anyMatch(l -> l.style().anchor().equals("end")), "tick labels end at the axis");
        assertTrue(labels.stream().anyMatch(l -> l.style().bold()), "the latest value is bold");
        assertTrue(labels.stream().allMatch(l -> l.style().fontSize() == 11 || l.style().fontSize() == 10));
    }

    private static ChartSvg firstMeasureChart() {
        Element first = charts.stream().filter(c -> c.getAttribute("class").contains("chart-measure")).findFirst().orElseThrow();
        return ChartSvg.read(first).orElseThrow();
    }

    /** A chart with {@code body} inside, parsed as the book parses it. */
    private static Element svg(String attributes, String body) {
        org.w3c.dom.Document doc = BookDocument.of("<html><body><div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 640 260\" width=\"100%\" class=\"chart chart-measure\" font-size=\"11\" " + attributes + ">"
                + "<title>t</title>" + body + "</svg></div></body></html>", null);
        return (Element) doc.getElementsByTagNameNS("*", "svg").item(0);
    }

    @Test
    void givenOnlyTheSubsetThenTheDrawingIsRead() {
        Optional<ChartSvg> read = ChartSvg.read(svg("", "<style>.a { fill: #123456; } .g .a { fill: #abc; }</style>"
                + "<g class=\"g\"><rect class=\"a\" x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"none\"/></g>"
                + "<rect class=\"a\" x=\"1\" y=\"2\" width=\"3\" height=\"4\" rx=\"1\"/>"
                + "<path d=\"M1 2 L3 4 H5 V6 Z\" stroke=\"currentColor\"/><circle cx=\"5\" cy=\"5\" r=\"2\"><title>x</title></circle>"
                + "<line x1=\"0\" y1=\"0\" x2=\"9\" y2=\"9\" stroke=\"#000\" stroke-dasharray=\"6 4\"/>"
                + "<a href=\"#x\"><text x=\"1\" y=\"2\" text-anchor=\"middle\">  two   words </text></a>"));
        assertTrue(read.isPresent());
        List<ChartItem> items = read.get().items();
        assertEquals(6, items.size());
        assertEquals(Optional.of(new Color(0xaabbcc)), items.get(0).style().fill(), "the descendant rule is more specific");
        assertEquals(Optional.of(new Color(0x123456)), items.get(1).style().fill());
        assertEquals("two words", ((ChartItem.Label) items.get(5)).text());
        assertEquals("middle", items.get(5).style().anchor());
    }

    @Test
    void givenGraphvizsSubsetThenTheMapIsReadWithItsGraphTransform() {
        Optional<ChartSvg> read = ChartSvg.read(svg("", "<g class=\"graph\" transform=\"scale(1 1) rotate(0) translate(7.2 330.2)\">"
                + "<title>map</title><g class=\"node objective\"><title>Grow: Score 6.6</title>"
                + "<g id=\"a_node2\"><a xlink:href=\"../objectives/grow.html\" xlink:title=\"Grow: Score 6.6\">"
                + "<path fill=\"#fff1c2\" stroke=\"#a06a00\" stroke-width=\"1.6\" d=\"M813,-323C813,-323 725,-323 725,-323 719,-323 713,-317 713,-311\"/>"
                + "<text text-anchor=\"start\" x=\"732.5\" y=\"-310.2\" font-family=\"Helvetica,Arial,sans-serif, 'Droid Sans Fallback'\""
                + " font-weight=\"bold\" font-size=\"11.00\">Grow <tspan font-family=\"'Droid Sans Fallback'\">王小明</tspan></text>"
                + "<polygon fill=\"#16a34a\" stroke=\"transparent\" points=\"725,-276 725,-280 768,-280 768,-276 725,-276\"/>"
                + "</a></g></g></g>"));
        assertTrue(read.isPresent(), () -> ChartSvg.unread(svg("", "")).toString());
        ChartItem.Group graph = (ChartItem.Group) read.get().items().get(0);
        assertEquals(new java.awt.geom.AffineTransform(1, 0, 0, 1, 7.2, 330.2), graph.transform());
        assertEquals(3, graph.items().size());
        assertEquals(new java.awt.geom.Rectangle2D.Double(713, -323, 100, 12), ((ChartItem.Figure) graph.items().get(0)).shape().getBounds2D());
        ChartItem.Label label = (ChartItem.Label) graph.items().get(1);
        assertEquals("Grow 王小明", label.text());
        assertTrue(label.style().bold());
        assertEquals(11, label.style().fontSize());
        assertEquals(Optional.empty(), graph.items().get(2).style().stroke(), "transparent is no outline");
    }

    @Test
    void givenTheLabelsOfGraphvizSixteenMarkedToPreserveSpaceThenTheMapIsReadWithItsText() {
        for (String text : new String[] {"<text xml:space=\"preserve\" text-anchor=\"middle\" x=\"44.16\" y=\"-87.04\" "
                + "font-family=\"Helvetica,Arial,sans-serif\" font-size=\"12.00\">Grow revenue</text>",
                "<text text-anchor=\"middle\" x=\"44.16\" y=\"-87.04\" xml:space=\"preserve\">Grow  revenue </text>",
                "<text x=\"44.16\" y=\"-87.04\" xml:space=\"default\">Grow revenue</text>"}) {
            Optional<ChartSvg> read = ChartSvg.read(svg("", "<g class=\"graph\" transform=\"scale(1 1) rotate(0) translate(4 112)\"><g class=\"node\">"
                    + text + "</g></g>"));

            assertTrue(read.isPresent(), () -> text + ": " + ChartSvg.unread(svg("", text)));
            ChartItem.Group graph = (ChartItem.Group) read.get().items().get(0);
            assertEquals("Grow revenue", ((ChartItem.Label) graph.items().get(0)).text(), text);
        }
    }

    @Test
    void givenEqualSpecificityThenTheLaterRuleWinsAndOpacityIsNotInherited() {
        ChartSvg read = ChartSvg.read(svg("", "<style>.a { fill: #111111; } .a { fill: #222222; } .g { opacity: .5; fill-opacity: .5; }</style>"
                + "<g class=\"g\"><rect class=\"a\" x=\"1\" y=\"2\" width=\"3\" height=\"4\"/></g>")).orElseThrow();
        ChartStyle style = read.items().get(0).style();
        assertEquals(Optional.of(new Color(0x222222)), style.fill());
        assertEquals(1, style.opacity());
        assertEquals(0.5, style.fillOpacity(), "fill-opacity is inherited");
    }

    /** Each variant is outside what {@link ChartSvg} reads: the general engine draws it, nothing is dropped. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<image href=\"https://example.invalid/x.png\" x=\"0\" y=\"0\" width=\"9\" height=\"9\"/>",
            "<script>alert(1)</script>",
            "<foreignObject x=\"0\" y=\"0\" width=\"9\" height=\"9\"><p>x</p></foreignObject>",
            "<g transform=\"rotate(5)\"><rect x=\"0\" y=\"0\" width=\"9\" height=\"9\"/></g>",
            "<rect style=\"fill: red\" x=\"0\" y=\"0\" width=\"9\" height=\"9\"/>",
            "<rect x=\"0\" y=\"0\" width=\"9\" height=\"9\" fill=\"red\"/>",
            "<rect x=\"0\" y=\"0\" width=\"9\" height=\"9\" fill=\"rgb(1,2,3)\"/>",
            "<rect x=\"0\" y=\"0\" width=\"9\" height=\"-9\"/>",
            "<rect x=\"1e3\" y=\"0\" width=\"9\" height=\"9\"/>",
            "<path d=\"M0 0 l5 5\"/>",
            "<path d=\"M0 0 c1 1 2 2 3 3\"/>",
            "<path d=\"M0 0 Q1 1 2 2\"/>",
            "<path d=\"C1 1 2 2 3 3\"/>",
            "<path d=\"M0 0 C1 1 2 2 3\"/>",
            "<polygon points=\"0,0 5\"/>",
            "<polygon points=\"\"/>",
            "<ellipse cx=\"5\" cy=\"5\" rx=\"2\" ry=\"1\"/>",
            "<g transform=\"translate(7 9)\"><rect x=\"0\" y=\"0\" width=\"9\" height=\"9\"/></g>",
            "<g transform=\"scale(1 1) rotate(90) translate(7 9)\"><rect x=\"0\" y=\"0\" width=\"9\" height=\"9\"/></g>",
            "<g transform=\"scale(-1 1) rotate(0) translate(7 9)\"><rect x=\"0\" y=\"0\" width=\"9\" height=\"9\"/></g>",
            "<rect transform=\"scale(1 1) rotate(0) translate(7 9)\" x=\"0\" y=\"0\" width=\"9\" height=\"9\"/>",
            "<text x=\"0\" y=\"9\" font-family=\"Times,serif\">x</text>",
            "<g font-family=\"'Comic Sans MS'\"><text x=\"0\" y=\"9\">x</text></g>",
            "<text x=\"0\" y=\"9\"><tspan font-family=\"'Comic Sans MS'\">x</tspan></text>",
            "<text x=\"0\" y=\"9\"><tspan font-family=\"'Droid Sans Fallback'\" dx=\"5\">x</tspan></text>",
            "<text x=\"0\" y=\"9\"><tspan font-family=\"'Droid Sans Fallback'\"><tspan>x</tspan></tspan></text>",
            "<path d=\"L5 5\"/>",
            "<path d=\"M0\"/>",
            "<polyline points=\"0,0 5,5\"/>",
            "<text x=\"0\" y=\"9\">a<tspan>b</tspan></text>",
            "<text x=\"0\" y=\"9\"><a href=\"#x\"><tspan>b</tspan></a></text>",
            "<text x=\"0\" y=\"9\"><a href=\"#x\" fill=\"#000\">b</a></text>",
            "<text x=\"0\" y=\"9\" stroke=\"#000\">outlined</text>",
            "<text x=\"0\" y=\"9\" font-weight=\"heavy\">x</text>",
            "<rect clip-path=\"url(#c)\" x=\"0\" y=\"0\" width=\"9\" height=\"9\"/>",
            "<style>#x { fill: #000; }</style>",
            "<style>rect { fill: #000; }</style>",
            "<style>.a { fill: #000 !important; }</style>",
            "<style>.a { filter: blur(2px); }</style>",
            "<style>.a { fill: #000; </style>",
            "<style>@import url(x.css);</style>",
            "loose text",
            "<g><style>.a { fill: #000; }</style></g>",
    })
    void givenSomethingOutsideTheSubsetThenTheChartIsLeftToTheGeneralEngine(String body) {
        assertEquals(Optional.empty(), ChartSvg.read(svg("", body)), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"viewBox=\"0 0 640.5 260\"", "viewBox=\"10 0 640 260\"", "viewBox=\"0 0 0 260\"",
            "preserveAspectRatio=\"none\"", "transform=\"scale(2)\""})
    void givenARootThatPlacesTheDrawingOtherwiseThenTheChartIsLeftToTheGeneralEngine(String attribute) {
        Element svg = svg(attribute.startsWith("viewBox") ? "" : attribute, "<rect x=\"0\" y=\"0\" width=\"9\" height=\"9\"/>");
        if (attribute.startsWith("viewBox")) {
            svg.setAttribute("viewBox", attribute.substring(9, attribute.length() - 1));
        }
        assertEquals(Optional.empty(), BookSvgDrawer.chart(svg, -1, -1, -1), attribute);
    }

    @Test
    void givenASizeFromCssOtherThanTheWidthThenTheChartIsLeftToTheGeneralEngine() {
        Element svg = svg("", "<rect x=\"0\" y=\"0\" width=\"9\" height=\"9\"/>");
        assertTrue(BookSvgDrawer.chart(svg, -1, -1, -1).isPresent());
        assertTrue(BookSvgDrawer.chart(svg, 200, -1, -1).isEmpty(), "a CSS height");
        assertTrue(BookSvgDrawer.chart(svg, -1, 300, -1).isEmpty(), "a CSS max-width");
        assertTrue(BookSvgDrawer.chart(svg, -1, -1, 300).isEmpty(), "a CSS max-height");
        svg.setAttribute("class", "strategy-map");
        assertTrue(BookSvgDrawer.chart(svg, -1, -1, -1).isEmpty(), "not one of our charts");
    }

    @Test
    void givenPathDataThenMovesLinesAndClosesBecomeTheSameOutline() {
        Path2D path = ChartPath.parse("M1 2 L3,4 H5 V6 Z M7 8 9 10");
        List<String> segments = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            segments.add(switch (type) {
                case PathIterator.SEG_MOVETO -> "M" + (int) c[0] + "," + (int) c[1];
                case PathIterator.SEG_LINETO -> "L" + (int) c[0] + "," + (int) c[1];
                case PathIterator.SEG_CLOSE -> "Z";
                default -> "?";
            });
        }
        assertEquals(List.of("M1,2", "L3,4", "L5,4", "L5,6", "Z", "M7,8", "L9,10"), segments);
    }

    @Test
    void givenTheGermanBooksThenEveryChartIsReadToo() throws Exception {
        Map<String, org.w3c.dom.Document> german = BookDocuments.ofExample(SiteOptions.defaults().withLocale(java.util.Locale.GERMAN));
        NodeList svgs = german.values().iterator().next().getElementsByTagNameNS("*", "svg");
        int read = 0;
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (svg.getAttribute("class").contains("chart")) {
                assertTrue(BookSvgDrawer.chart(svg, -1, -1, -1).isPresent(), "a German chart is read too: " + ChartSvg.unread(svg));
                read++;
            }
        }
        assertTrue(read > 10, "German charts: " + read);
    }
}
