package dev.bscportal.core.maps.graphviz;

/** DOT inputs shared by the engine tests. */
final class SampleGraphs {

    /** A cluster, an HTML-like label and non-ASCII names (umlaut, CJK, emoji). */
    static final String SMALL = """
            digraph map {
              node [shape=box];
              subgraph cluster_customer {
                label="Kunde – Größe";
                loyal [label=<<b>Treue Kunden</b><br/>Owner: Zoë>];
                growth [label="顧客成長 🚀"];
              }
              revenue [label="Umsatz & Marge"];
              loyal -> revenue;
              growth -> revenue;
            }
            """;

    static final String MALFORMED = "digraph { a -> ; b [label=\"unclosed }\n";

    private SampleGraphs() {
    }

    /**
     * A random tangle of {@code nodes} nodes and {@code edges} arrows (fixed seed): crossing minimisation on it
     * runs for minutes (150 nodes and 450 arrows: native dot 2.43 did not finish within 60 s).
     */
    static String tangle(int nodes, int edges) {
        StringBuilder dot = new StringBuilder("digraph tangle {\n");
        long seed = 7;
        for (int i = 0; i < edges; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int from = (int) Long.remainderUnsigned(seed >>> 17, nodes);
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int to = (int) Long.remainderUnsigned(seed >>> 17, nodes);
            dot.append("  n").append(from).append(" -> n").append(to).append(";\n");
        }
        return dot.append("}\n").toString();
    }

    /** A strategy-map-like graph: 15 objectives in 4 labelled clusters with 14 arrows. */
    static String fifteenNodeMap() {
        StringBuilder dot = new StringBuilder("digraph map {\n  rankdir=BT;\n"
                + "  node [shape=box style=\"rounded,filled\" fillcolor=\"#eef3ff\" fontname=\"Helvetica\"];\n");
        String[] rows = {"Financial", "Customer", "Internal Process", "Learning & Growth"};
        int node = 0;
        for (int row = 0; row < rows.length; row++) {
            dot.append("  subgraph cluster_").append(row).append(" {\n    label=\"").append(rows[row]).append("\";\n");
            for (int i = 0; i < (row == 0 ? 3 : 4); i++, node++) {
                dot.append("    o").append(node).append(" [label=<<b>Objective ").append(node)
                        .append("</b><br/>Owner Ä.").append(node).append(">];\n");
            }
            dot.append("  }\n");
        }
        for (int from = 3; from < 15; from++) {
            int row = from < 7 ? 0 : from < 11 ? 3 : 7;
            dot.append("  o").append(from).append(" -> o").append(row + from % 3).append(";\n");
        }
        dot.append("  o14 -> o0;\n  o13 -> o1;\n");
        return dot.append("}\n").toString();
    }
}
