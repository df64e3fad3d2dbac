package dev.bscportal.core.memo;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo bounded by use: what a build asks for is kept for the next build, what the last build did not
 * ask for is dropped when the next one starts ({@link #next()}). So a preview that runs for hours after thousands
 * of edits holds about one build's values, never the history of every edit. Keys are compared with
 * {@link Object#equals}: a key must hold every input of its value (records of immutable values), or a changed input
 * would be answered with a stale value.
 *
 * @param <K> the key: every input of the value
 * @param <V> the value, immutable (it is shared by every build that asks for an equal key)
 */
public final class Generations<K, V> {

    private volatile Map<K, V> current = new ConcurrentHashMap<>();
    private volatile Map<K, V> older = new ConcurrentHashMap<>();

    /**
     * The value kept for {@code key}, else {@code compute}'s (kept for later; an exception from {@code compute}
     * keeps nothing). Two threads asking for the same new key may both compute it; both get an equal value.
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        Objects.requireNonNull(key, "key");
        V value = current.get(key);
        if (value == null) {
            value = older.get(key);
            if (value == null) {
                value = Objects.requireNonNull(compute.apply(key), "a memo never keeps null");
            }
            current.put(key, value);
        }
        return value;
    }

    /** The value kept for {@code key}, or null; a value found is kept for the next build. */
    public V find(K key) {
        V value = current.get(key);
        if (value == null) {
            value = older.get(key);
            if (value != null) {
                current.put(key, value);
            }
        }
        return value;
    }

    /** Keeps {@code value} for {@code key}. */
    public void put(K key, V value) {
        current.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    /**
     * A new build starts: what the build before the last one used and the last one did not is dropped. Call it
     * while no other thread uses this memo (at the start of a build).
     */
    public synchronized void next() {
        older = current;
        current = new ConcurrentHashMap<>();
    }

    /** Each key and value the current build asked for or put, so far. */
    public void forEachCurrent(java.util.function.BiConsumer<? super K, ? super V> action) {
        current.forEach(action);
    }

    /** How many values are kept (for tests and benchmarks). */
    public int size() {
        Map<K, V> all = new java.util.HashMap<>(older);
        all.putAll(current);
        return all.size();
    }
}
