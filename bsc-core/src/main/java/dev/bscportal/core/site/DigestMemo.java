package dev.bscportal.core.site;

import dev.bscportal.core.memo.Generations;
import dev.bscportal.core.model.Initiative;
import dev.bscportal.core.model.Measure;
import dev.bscportal.core.model.Objective;
import dev.bscportal.core.model.OkrSet;
import dev.bscportal.core.model.Review;
import dev.bscportal.core.model.StrategyInfo;
import dev.bscportal.core.score.StatusHistory;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The SHA-256 of values that page keys digest again and again, kept by the value itself: a preview rebuild digests
 * 10,000 page keys of a strategy in which one file changed. The key is the value, compared with {@code equals}: the
 * model is immutable records, lists, sets and maps of values, whose equality holds exactly what {@link ContentDigest}
 * feeds (records by their components and class, lists in order, sets and maps without it; a record with its own
 * {@code equals} would break that, and the model has none). Bounded to what the last build used ({@link Generations}).
 */
final class DigestMemo {

    /** Lists shorter than this are cheaper to digest than to look up. */
    static final int SHORTEST_LIST = 8;

    /** Records of the model that page keys name whole (an element page, a scorecard's roll-ups). */
    private static final Set<Class<?>> RECORDS = Set.of(Objective.class, Measure.class, Initiative.class, Review.class,
            OkrSet.class, StrategyInfo.class, StatusHistory.Heatmap.class);

    private final boolean keeps;
    private final Generations<Hashed, byte[]> digests = new Generations<>();
    /**
     * Digests by the instance, of scoring results and of the memoised values: an immutable instance always has the
     * same digest (whichever path fed it: a record's digest is its whole digest). A result taken from the score memo is
     * the same instance in the next build, and within a build the same record or list is fed by many page keys;
     * finding either by value would walk all of it (records do not keep their hash).
     */
    private final Generations<Same, byte[]> byInstance = new Generations<>();

    /** A value with its {@code hashCode} computed once, for the lookup and the put that may follow it. */
    private record Hashed(Object value, int hash) {

        static Hashed of(Object value) {
            return new Hashed(value, value.hashCode());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Hashed that && hash == that.hash && value.equals(that.value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** An immutable value by its identity. */
    private record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same that && value == that.value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** A memo that keeps digests. */
    DigestMemo() {
        this(true);
    }

    /** A memo that keeps digests, or one that keeps none (every value is digested where it is fed). */
    DigestMemo(boolean keeps) {
        this.keeps = keeps;
    }

    byte[] findInstance(Object value) {
        return keeps ? byInstance.find(new Same(value)) : null;
    }

    void putInstance(Object value, byte[] digest) {
        if (keeps) {
            byInstance.put(new Same(value), digest);
        }
    }

    /** Whether {@code value} is fed by its kept digest (always, hit or miss, so a key never depends on the memo). */
    static boolean memoised(Object value) {
        return value instanceof List<?> list ? list.size() >= SHORTEST_LIST : memoisedRecord(value.getClass());
    }

    /** Whether records of {@code type} are fed by their kept digest. */
    static boolean memoisedRecord(Class<?> type) {
        return RECORDS.contains(type);
    }

    /**
     * The digest of a memoised value: kept for this instance, else kept for an equal value (a preview's next build
     * reads unchanged files into new but equal records), else {@code compute}'s, then kept.
     */
    byte[] digest(Object value, Function<Object, byte[]> compute) {
        if (!keeps) {
            return compute.apply(value);
        }
        Same same = new Same(value);
        byte[] digest = byInstance.find(same);
        if (digest == null) {
            Hashed hashed = Hashed.of(value);
            digest = digests.find(hashed);
            if (digest == null) {
                digest = compute.apply(value);
                digests.put(hashed, digest);
            }
            byInstance.put(same, digest);
        }
        return digest;
    }

    /** A new build starts: digests the last build did not use are dropped. */
    void next() {
        digests.next();
        byInstance.next();
    }

    int size() {
        return digests.size();
    }
}
