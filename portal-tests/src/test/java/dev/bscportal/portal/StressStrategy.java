package dev.bscportal.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the example strategy pushed to the layout's edges, written at test time: very long names (with
 * unbreakable words), 30 extra objectives in one perspective, a perspective with no objectives, no themes, no
 * initiatives, and a unit with objectives but no measures.
 */
final class StressStrategy {

    static final Path EXAMPLE = Path.of("../example-strategy/src/strategy");

    static final String LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitaensmuetzenqualitaetssicherungsbeauftragter";

    static final String LONG_NAME = "Become the undisputed reference for industrial condition monitoring across every continent "
            + "and every plant we serve, measured honestly " + LONG_WORD;

    static final int EXTRA_OBJECTIVES = 30;

    private StressStrategy() {
    }

    static Path write(Path into) throws IOException {
        copy(EXAMPLE, into);
        deleteAll(into, "initiatives");
        Files.writeString(into.resolve("strategy.yaml"), """
                name: "Nordwind Sensorik und Industrie-Zustandsueberwachung Beteiligungs- und Verwaltungsgesellschaft mbH & Co. KG %s"
                values:
                  - "%s"
                stage: growth
                horizon: 2025-2028
                as-of: 2026-10
                perspectives:
                  - id: financial
                    name: Financial
                    question: "%s?"
                  - id: customer
                    name: Customer
                  - id: internal
                    name: "Internal processes and everything else we do in the plants, labs and offices %s"
                  - id: learning
                    name: Learning and growth
                  - id: sustainability
                    name: Sustainability
                    question: Which footprint do we leave?
                """.formatted(LONG_WORD, LONG_NAME, LONG_NAME, LONG_WORD));
        try (Stream<Path> files = Files.walk(into)) {
            for (Path md : files.filter(f -> f.toString().endsWith(".md") && f.toString().contains("objectives")).toList()) {
                String text = Files.readString(md).replaceAll("(?m)^themes:.*\\n", "");
                Files.writeString(md, text);
            }
        }
        Files.writeString(into.resolve("objectives/grow-revenue.md"), Files.readString(into.resolve("objectives/grow-revenue.md"))
                .replace("name: Grow revenue profitably", "name: \"Grow revenue profitably " + LONG_NAME + "\""));
        for (int i = 1; i <= EXTRA_OBJECTIVES; i++) {
            Files.writeString(into.resolve("objectives/process-" + i + ".md"), """
                    ---
                    name: "Process improvement number %d with a deliberately long name %s"
                    perspective: internal
                    owner: "Dr. Maximiliane Alexandra von und zu Hohenzollern-Sigmaringen %d"
                    ---
                    %s
                    """.formatted(i, i % 3 == 0 ? LONG_WORD : "", i, i % 2 == 0 ? LONG_NAME : "Short."));
        }
        Path unit = Files.createDirectories(into.resolve("units/legal"));
        Files.writeString(unit.resolve("strategy.yaml"), "name: Legal and compliance " + LONG_WORD + "\nmission: Keep us out of court.\n");
        Files.createDirectories(unit.resolve("objectives"));
        Files.writeString(unit.resolve("objectives/clean-contracts.md"), """
                ---
                name: Clean contracts
                perspective: internal
                owner: Petra Jurist
                supports: [process-1]
                ---
                No measure yet: the team is still choosing one.
                """);
        return into;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteAll(Path root, String dirName) throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(p -> Files.isDirectory(p) && p.getFileName().toString().equals(dirName)).toList();
        }
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
