package dev.bscportal.core.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one walk over the model's records, shared by what must see every field: redaction rewrites texts through
 * {@link #rewrite}, page digests read values through {@link #components}. A record is walked by its components in
 * declaration order, each named by a key {@code Record.component} (e.g. {@code Measure.owner}); so a component added
 * to a record is walked without a change here, and whoever must treat it differently names its key.
 *
 * <p>Holds a cache of each record type's accessors (per walk, not static); safe for concurrent use.
 */
public final class ModelWalk {

    private final Map<Class<?>, Part[]> parts = new ConcurrentHashMap<>();

    /** One component of a record: its value and its key, {@code Measure.owner}. */
    public record Component(String key, Object value) {
    }

    /** What a {@link #rewrite} does with the values it meets. */
    public interface Rewriter {

        /** True to keep a value (of the component {@code key}) as it is, without walking into it. */
        boolean keeps(String key, Object value);

        /** The new value of a leaf: a value that is not a record, {@code Optional}, list, set or map. */
        Object leaf(String key, Object value);
    }

    /** A component's key, its accessor as a handle typed {@code (Object)Object}, and its declared type. */
    private record Part(String key, MethodHandle accessor, Class<?> type) {
    }

    /** The components of {@code record} in declaration order. */
    public List<Component> components(Record record) {
        Part[] of = partsOf(record.getClass());
        List<Component> out = new ArrayList<>(of.length);
        for (Part part : of) {
            out.add(new Component(part.key(), read(part, record)));
        }
        return out;
    }

    /**
     * The values of {@code record}'s components in declaration order, without their keys: what a digest reads for
     * every record of a 10,000-page strategy, so it allocates no {@link Component} per value.
     */
    public Object[] values(Record record) {
        Part[] of = partsOf(record.getClass());
        Object[] out = new Object[of.length];
        for (int k = 0; k < of.length; k++) {
            out[k] = read(of[k], record);
        }
        return out;
    }

    /**
     * {@code model} with every leaf replaced by what {@code rewriter} makes of it: records are rebuilt through their
     * canonical constructor (so their checks run again), but only when a component changed; lists, sets (sorted ones
     * stay sorted) and map values are walked with the key of the component that holds them; map keys are kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T rewrite(T model, Rewriter rewriter) {
        return (T) walk(model, "", rewriter);
    }

    private Object walk(Object value, String key, Rewriter rewriter) {
        if (value == null || rewriter.keeps(key, value)) {
            return value;
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> walk(v, key, rewriter));
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(walk(v, key, rewriter)));
            return List.copyOf(out);
        }
        if (value instanceof Set<?> set) {
            Set<Object> out = set instanceof SortedSet<?> ? new TreeSet<>() : new LinkedHashSet<>();
            set.forEach(v -> out.add(walk(v, key, rewriter)));
            return Collections.unmodifiableSet(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = map instanceof SortedMap<?, ?> ? new TreeMap<>() : new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, walk(v, key, rewriter)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof Record record) {
            return rebuild(record, rewriter);
        }
        return rewriter.leaf(key, value);
    }

    private Record rebuild(Record record, Rewriter rewriter) {
        Part[] of = partsOf(record.getClass());
        Object[] values = new Object[of.length];
        Class<?>[] types = new Class<?>[of.length];
        boolean changed = false;
        for (int k = 0; k < of.length; k++) {
            Object before = read(of[k], record);
            values[k] = walk(before, of[k].key(), rewriter);
            types[k] = of[k].type();
            changed |= !Objects.equals(before, values[k]);
        }
        if (!changed) {
            return record;
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild a " + record.getClass().getSimpleName(), e);
        }
    }

    private Part[] partsOf(Class<?> type) {
        return parts.computeIfAbsent(type, ModelWalk::partsOfType);
    }

    private static Part[] partsOfType(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Part[] out = new Part[components.length];
        for (int k = 0; k < components.length; k++) {
            Method accessor = components[k].getAccessor();
            String key = type.getSimpleName() + "." + components[k].getName();
            try {
                accessor.setAccessible(true);
                // a handle, not Method.invoke: no argument array and no access check per read
                MethodHandle handle = MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
                out[k] = new Part(key, handle, components[k].getType());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + key, e);
            }
        }
        return out;
    }

    private static Object read(Part part, Record record) {
        try {
            return part.accessor().invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + part.key(), e);
        }
    }
}
