package dev.bscportal.core.maps.graphviz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Run in a second JVM by EmbeddedEngineTest: prints the SHA-256 of the SVG of each sample graph, one a line. */
public final class ForkedRender {

    private ForkedRender() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedEngine engine = new EmbeddedEngine();
        for (String dot : new String[] {SampleGraphs.SMALL, SampleGraphs.fifteenNodeMap()}) {
            System.out.println(sha256(engine.renderSvg(dot)));
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
