package dev.bscportal.core.charts;

import dev.bscportal.core.model.Aggregation;
import dev.bscportal.core.model.Frequency;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.MeasureKind;
import dev.bscportal.core.model.ObjectiveLink;
import dev.bscportal.core.model.Origin;
import dev.bscportal.core.model.Period;
import dev.bscportal.core.model.PeriodTarget;
import dev.bscportal.core.model.Polarity;
import dev.bscportal.core.model.Targets;
import dev.bscportal.core.score.Assessment;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ScoreScale;
import dev.bscportal.core.score.Trend;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Measures, scored histories and an XML parser for the chart tests. */
final class ChartFixtures {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private ChartFixtures() {
    }

    static Measure measure(String name, String unit, Polarity polarity, Targets targets, PeriodTarget... periodTargets) {
        return Measure.builder().id("m").name(name).objectives(List.of(new ObjectiveLink("o", 1.0, Origin.at("measures/m.yaml", 2))))
                .unit(unit).decimals(0).polarity(polarity).kind(MeasureKind.LAGGING).frequency(Frequency.MONTHLY)
                .aggregation(Aggregation.LAST).targets(targets).periodTargets(List.of(periodTargets))
                .origin(Origin.at("measures/m.yaml", 1)).build();
    }

    static Measure withDecimals(Measure m, int decimals) {
        return m.withDecimals(decimals);
    }

    static PeriodTarget from(String period, Targets targets) {
        return new PeriodTarget(Period.parse(period).orElseThrow(), targets, Origin.at("measures/m.yaml", 9));
    }

    /** Monthly values from {@code firstMonth} on, each judged against the targets in force then. */
    static MeasureResult monthly(Measure measure, String firstMonth, double... values) {
        List<Period> periods = new ArrayList<>();
        Period p = Period.parse(firstMonth).orElseThrow();
        for (int i = 0; i < values.length; i++) {
            periods.add(p);
            p = p.next().orElseThrow();
        }
        return result(measure, periods, values);
    }

    static MeasureResult result(Measure measure, List<Period> periods, double... values) {
        List<Assessment> history = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Targets targets = measure.targetsFor(periods.get(i));
            history.add(new Assessment(periods.get(i), values[i], targets,
                    ScoreScale.status(values[i], targets, measure.polarity()),
                    ScoreScale.score(values[i], targets, measure.polarity())));
        }
        Optional<Assessment> latest = history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        Targets now = latest.map(Assessment::targets).orElse(measure.targets());
        return new MeasureResult(measure.id(), latest, now, Trend.UNKNOWN, false, history);
    }

    static MeasureResult empty(Measure measure) {
        return result(measure, List.of());
    }

    /** Parses with the JDK parser, namespace aware, refusing DTDs: throws when the SVG is not well-formed. */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document doc = builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            if (!SVG_NS.equals(doc.getDocumentElement().getNamespaceURI())
                    || !"svg".equals(doc.getDocumentElement().getLocalName())) {
                throw new AssertionError("root is not an SVG element: " + doc.getDocumentElement().getTagName());
            }
            return doc;
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** SVG elements whose class attribute holds the token {@code cssClass}. */
    static List<Element> withClass(Document doc, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    static List<Element> elements(Document doc, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, localName);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    /** The text of an element's own {@code <title>} child, or "". */
    static String titleOf(Element e) {
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && "title".equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        return "";
    }

    static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
