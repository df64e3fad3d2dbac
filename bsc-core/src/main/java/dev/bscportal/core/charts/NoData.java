package dev.bscportal.core.charts;

/** The small chart shown instead of an empty one: a frame saying "no data". */
final class NoData {

    private NoData() {
    }

    static String svg(String title, String desc, String message, String cssClass, String titleId, String descId) {
        return "<svg " + Svg.NAMESPACES + " viewBox=\"0 0 640 48\" width=\"100%\" class=\"" + cssClass + " chart-empty\""
                + " role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\" font-size=\"11\">"
                + "<title id=\"" + titleId + "\">" + Svg.text(title) + "</title>"
                + "<desc id=\"" + descId + "\">" + Svg.text(desc) + "</desc>"
                + "<rect class=\"empty-frame\" x=\"0.5\" y=\"0.5\" width=\"639\" height=\"47\" fill=\"none\" stroke=\"currentColor\""
                + " stroke-dasharray=\"4 4\"/>"
                + "<text class=\"no-data\" x=\"320\" y=\"28\" text-anchor=\"middle\">" + Svg.text(message) + "</text>"
                + "</svg>";
    }
}
