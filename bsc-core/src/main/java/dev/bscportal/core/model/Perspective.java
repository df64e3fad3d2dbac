package dev.bscportal.core.model;

import java.util.List;

/** A row of the strategy map, e.g. Financial, with the question it answers. */
public record Perspective(String id, String name, String question, Origin origin) {

    /** The four classic perspectives, top to bottom, used when strategy.yaml declares none. */
    public static List<Perspective> defaults(String file) {
        Origin o = Origin.at(file, 0);
        return List.of(
                new Perspective("financial", "Financial",
                        "To succeed financially, how should we appear to our shareholders?", o),
                new Perspective("customer", "Customer",
                        "To achieve our vision, how should we appear to our customers?", o),
                new Perspective("internal", "Internal Process",
                        "To satisfy our shareholders and customers, at what business processes must we excel?", o),
                new Perspective("learning", "Learning & Growth",
                        "To achieve our vision, how will we sustain our ability to change and improve?", o));
    }
}
