package dev.bscportal.core.build;

/** Marks the end of each step of one build, for {@link BuildResult.Timings}. */
final class Timer {

    private final long start = System.nanoTime();
    private long checked = start;
    private long changed = start;
    private long rendered = start;

    void checked() {
        checked = System.nanoTime();
    }

    void changed() {
        changed = System.nanoTime();
    }

    void rendered() {
        rendered = System.nanoTime();
    }

    BuildResult.Timings timings() {
        long end = System.nanoTime();
        return new BuildResult.Timings(ms(start, checked), ms(checked, changed), ms(changed, rendered),
                rendered > start ? ms(rendered, end) : 0, ms(start, end));
    }

    private static long ms(long from, long to) {
        return Math.max(0, (to - from) / 1_000_000);
    }
}
