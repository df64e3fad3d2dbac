package dev.bscportal.core.site;

import dev.bscportal.core.model.ModelWalk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A SHA-256 of model values that is the same in every JVM: records by their components in declaration order,
 * lists in order, sets and maps independent of their iteration order (which for {@code Set.of}/{@code Map.of}
 * changes from one JVM to the next). A type it does not know is an error, not a silent {@code toString}: a page
 * kept because its digest missed a value would show stale content.
 */
final class ContentDigest {

    private final ModelWalk walk = new ModelWalk();

    /** The digest of the values, in order, as hex. */
    String of(Object... values) {
        MessageDigest sha = sha256();
        for (Object value : values) {
            feed(sha, value);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private byte[] bytesOf(Object value) {
        MessageDigest sha = sha256();
        feed(sha, value);
        return sha.digest();
    }

    private void feed(MessageDigest sha, Object value) {
        if (value == null) {
            sha.update((byte) 'N');
        } else if (value instanceof String s) {
            tag(sha, 'S', s);
        } else if (value instanceof Double || value instanceof Float) {
            tag(sha, 'D', Long.toHexString(Double.doubleToLongBits(((Number) value).doubleValue())));
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            tag(sha, 'P', value.toString());
        } else if (value instanceof Enum<?> e) {
            tag(sha, 'E', e.getDeclaringClass().getName() + "." + e.name());
        } else if (value instanceof TemporalAccessor || value instanceof Path || value instanceof Locale) {
            tag(sha, 'T', value.getClass().getName() + ":" + value);
        } else if (value instanceof Optional<?> o) {
            sha.update((byte) 'O');
            feed(sha, o.orElse(null));
        } else if (value instanceof OptionalDouble o) {
            sha.update((byte) 'O');
            feed(sha, o.isPresent() ? (Object) o.getAsDouble() : null);
        } else if (value instanceof OptionalInt o) {
            sha.update((byte) 'O');
            feed(sha, o.isPresent() ? (Object) o.getAsInt() : null);
        } else if (value instanceof OptionalLong o) {
            sha.update((byte) 'O');
            feed(sha, o.isPresent() ? (Object) o.getAsLong() : null);
        } else if (value instanceof List<?> list) {
            tag(sha, 'L', Integer.toString(list.size()));
            list.forEach(item -> feed(sha, item));
        } else if (value instanceof Collection<?> set) {
            tag(sha, 'C', Integer.toString(set.size()));
            unordered(sha, set.stream().map(this::bytesOf).toList());
        } else if (value instanceof Map<?, ?> map) {
            tag(sha, 'M', Integer.toString(map.size()));
            unordered(sha, map.entrySet().stream().map(e -> bytesOf(List.of(wrap(e.getKey()), wrap(e.getValue())))).toList());
        } else if (value.getClass().isRecord()) {
            tag(sha, 'R', value.getClass().getName());
            for (ModelWalk.Component component : walk.components((Record) value)) {
                feed(sha, component.value());
            }
        } else {
            throw new IllegalArgumentException("ContentDigest cannot digest a " + value.getClass().getName());
        }
    }

    /** List.of refuses nulls; map values may be null. */
    private static Object wrap(Object value) {
        return value == null ? Optional.empty() : value;
    }

    private static void unordered(MessageDigest sha, List<byte[]> parts) {
        List<byte[]> sorted = new ArrayList<>(parts);
        sorted.sort(Arrays::compare);
        sorted.forEach(sha::update);
    }

    private static void tag(MessageDigest sha, char kind, String text) {
        sha.update((byte) kind);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
