package dev.bscportal.core.score;

/**
 * What a roll-up score is based on: how many of the measures beneath it (directly, or through the unit
 * objectives that support it) have a score at the as-of period. A roll-up with fewer than half of its
 * measures scored is {@linkplain #provisional() provisional}: it is shown as such, never as if complete.
 * See docs/scoring.md.
 */
public record Coverage(int scored, int total) {

    public static final Coverage NONE = new Coverage(0, 0);

    public Coverage {
        if (scored < 0 || total < 0 || scored > total) {
            throw new IllegalArgumentException("coverage " + scored + " of " + total);
        }
    }

    /** Every measure beneath has a score (and there is at least one). */
    public boolean complete() {
        return total > 0 && scored == total;
    }

    /** Some measures are scored, but fewer than half of them. */
    public boolean provisional() {
        return scored > 0 && scored * 2 < total;
    }

    /** No measure beneath has a score (or there are none). */
    public boolean empty() {
        return scored == 0;
    }
}
