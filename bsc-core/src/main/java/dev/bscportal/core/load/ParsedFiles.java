package dev.bscportal.core.load;

import dev.bscportal.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What reading each file gave, kept by path and exact text, so a second load within the same build reuses it
 * for every file that is unchanged: the "What changed" report loads the strategy as it was at the last review,
 * and most files are then the same as today's. The parsed elements are immutable, so they may be shared.
 * One instance per build; loaders without one parse everything.
 */
public final class ParsedFiles {

    private record Parsed(String text, Object value, List<Problem> problems) {
    }

    private final Map<String, Parsed> byFile = new ConcurrentHashMap<>();

    /**
     * The value read from {@code text} of the file at {@code relative} (what kind of reading is part of the key):
     * from an earlier reading of the same text, with its problems reported again, or by calling {@code parse}.
     */
    @SuppressWarnings("unchecked")
    <T> T read(String kind, String relative, String text, Consumer<Problem> report, Function<Consumer<Problem>, T> parse) {
        String key = kind + '\u0000' + relative;
        Parsed earlier = byFile.get(key);
        if (earlier != null && earlier.text().equals(text)) {
            earlier.problems().forEach(report);
            return (T) earlier.value();
        }
        List<Problem> problems = new ArrayList<>();
        T value = parse.apply(problems::add);
        problems.forEach(report);
        byFile.put(key, new Parsed(text, value, List.copyOf(problems)));
        return value;
    }

    /** How many files are kept (for tests and benchmarks). */
    public int size() {
        return byFile.size();
    }

}
