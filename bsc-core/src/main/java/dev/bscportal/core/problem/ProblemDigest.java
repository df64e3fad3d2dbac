package dev.bscportal.core.problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What of a long problem list is printed: at most {@link #PER_CODE} problems of each code and {@link #TOTAL} in all,
 * in the list's order, then one summary line per code with problems left out ("... and 599,950 more BSC020
 * problems"). A strategy that repeats one mistake 600,000 times then prints a few hundred lines, not 600,000; the
 * build still fails on its errors, and the whole list can be written to a file ({@link #allLines}).
 */
public final class ProblemDigest {

    /** Most problems of one code printed. */
    public static final int PER_CODE = 50;
    /** Most problems printed in all. */
    public static final int TOTAL = 200;

    private final List<Problem> shown;
    private final Map<ProblemCode, Integer> leftOut;

    private ProblemDigest(List<Problem> shown, Map<ProblemCode, Integer> leftOut) {
        this.shown = List.copyOf(shown);
        this.leftOut = leftOut;
    }

    /** The digest of {@code problems} with the default bounds. */
    public static ProblemDigest of(List<Problem> problems) {
        return of(problems, PER_CODE, TOTAL);
    }

    public static ProblemDigest of(List<Problem> problems, int perCode, int total) {
        List<Problem> shown = new ArrayList<>();
        Map<ProblemCode, Integer> counts = new EnumMap<>(ProblemCode.class);
        Map<ProblemCode, Integer> leftOut = new EnumMap<>(ProblemCode.class);
        for (Problem p : problems) {
            int seen = counts.merge(p.code(), 1, Integer::sum);
            if (seen <= perCode && shown.size() < total) {
                shown.add(p);
            } else {
                leftOut.merge(p.code(), 1, Integer::sum);
            }
        }
        return new ProblemDigest(shown, leftOut);
    }

    /** The problems to print, in the list's order. */
    public List<Problem> shown() {
        return shown;
    }

    /** True when problems were left out. */
    public boolean cut() {
        return !leftOut.isEmpty();
    }

    /** How many problems of one code were left out, and the line that says so. */
    public record Summary(ProblemCode code, int count) {

        /** "... and 599,950 more BSC020 problems". */
        public String line() {
            return String.format(Locale.ROOT, "... and %,d more %s %s", count, code.code(), count == 1 ? "problem" : "problems");
        }
    }

    /** One summary per code with problems left out, by code. */
    public List<Summary> summaries() {
        List<Summary> lines = new ArrayList<>();
        leftOut.forEach((code, count) -> lines.add(new Summary(code, count)));
        return lines;
    }

    /** Every problem as {@code file:line: CODE message}, with {@code pathPrefix} before the file, for a full list file. */
    public static List<String> allLines(List<Problem> problems, String pathPrefix) {
        List<String> lines = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            lines.add((p.isError() ? "ERROR " : "WARNING ") + p.describe(pathPrefix));
        }
        return lines;
    }
}
