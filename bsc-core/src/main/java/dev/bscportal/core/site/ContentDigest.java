package dev.bscportal.core.site;

import dev.bscportal.core.maps.RenderedMap;
import dev.bscportal.core.model.ModelWalk;
import dev.bscportal.core.score.MeasureResult;
import dev.bscportal.core.score.ObjectiveResult;
import dev.bscportal.core.text.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A SHA-256 of model values that is the same in every JVM: records by their components in declaration order,
 * lists in order, sets and maps independent of their iteration order (which for {@code Set.of}/{@code Map.of}
 * changes from one JVM to the next). A type it does not know is an error, not a silent {@code toString}: a page
 * kept because its digest missed a value would show stale content.
 */
final class ContentDigest {

    /**
     * Values that many keys share (a measure's result is on its own page, its objectives' pages and the scorecard's
     * roll-ups; a map is in its scorecard's roll-up key and its files' key, and the preview's map memo gives the same
     * instance while it is unchanged): each is digested once (per instance, kept in the {@link DigestMemo}) and then fed by its digest.
     * Always by digest, so a key does not depend on which page asked first.
     */
    private static final Set<Class<?>> SHARED = Set.of(MeasureResult.class, ObjectiveResult.class, RenderedMap.class);

    private final ModelWalk walk = new ModelWalk();
    private final MessageDigest prototype = Sha256.digest();
    private final ClassValue<byte[]> typeNames = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            return type.getName().getBytes(StandardCharsets.UTF_8);
        }
    };
    private final DigestMemo memo;

    private final ClassValue<ValueKind> kinds = new ClassValue<>() {
        @Override
        protected ValueKind computeValue(Class<?> type) {
            return ValueKind.of(type, SHARED);
        }
    };

    /** Digests with a memo of its own (kept while this instance is). */
    ContentDigest() {
        this(new DigestMemo());
    }

    /** Digests whose large values are kept in {@code memo}, which may outlive this instance (a preview's). */
    ContentDigest(DigestMemo memo) {
        this.memo = memo;
    }

    /** A new SHA-256 feed (a copy of a prototype: looking the algorithm up each time costs more than the hashing). */
    private Feed feed() {
        try {
            return new Feed((MessageDigest) prototype.clone());
        } catch (CloneNotSupportedException e) {
            return new Feed(Sha256.digest());
        }
    }

    /** The digest of the values, in order, as hex. */
    String of(Object... values) {
        Feed feed = feed();
        for (Object value : values) {
            feed(feed, value);
        }
        return HexFormat.of().formatHex(feed.digest());
    }

    private byte[] bytesOf(Object value) {
        Feed feed = feed();
        feed(feed, value);
        return feed.digest();
    }

    private void feed(Feed sha, Object value) {
        if (value == null) {
            sha.kind('N');
            return;
        }
        switch (kinds.get(value.getClass())) {
            case TEXT -> sha.text('S', (String) value);
            case FLOATING -> sha.number('D', Double.doubleToLongBits(((Number) value).doubleValue()));
            case INTEGRAL -> sha.number('I', ((Number) value).longValue());
            case PLAIN -> sha.text('P', value.toString());
            case ENUM -> {
                Enum<?> e = (Enum<?>) value;
                sha.text('E', e.getDeclaringClass().getName());
                sha.number('e', e.ordinal());
            }
            case TIME -> {
                sha.text('T', value.getClass().getName());
                sha.text('t', value.toString());
            }
            case OPTIONAL -> {
                sha.kind('O');
                feed(sha, ((Optional<?>) value).orElse(null));
            }
            case OPTIONAL_DOUBLE -> {
                OptionalDouble o = (OptionalDouble) value;
                sha.kind('O');
                feed(sha, o.isPresent() ? (Object) o.getAsDouble() : null);
            }
            case OPTIONAL_INT -> {
                OptionalInt o = (OptionalInt) value;
                sha.kind('O');
                feed(sha, o.isPresent() ? (Object) o.getAsInt() : null);
            }
            case OPTIONAL_LONG -> {
                OptionalLong o = (OptionalLong) value;
                sha.kind('O');
                feed(sha, o.isPresent() ? (Object) o.getAsLong() : null);
            }
            case LIST -> {
                if (DigestMemo.memoised(value)) {
                    byDigest(sha, value);
                } else {
                    whole(sha, value);
                }
            }
            case KEPT_RECORD -> byDigest(sha, value);
            default -> whole(sha, value);
        }
    }

    /** Feeds a memoised value by its digest (always, hit or miss, so a key never depends on the memo). */
    private void byDigest(Feed sha, Object value) {
        byte[] digest = memo.digest(value, v -> {
            Feed whole = feed();
            whole(whole, v);
            return whole.digest();
        });
        sha.kind('H');
        sha.bytes(digest);
    }

    /** A list, set, map or record, fed whole (its items each as {@link #feed} feeds them). */
    private void whole(Feed sha, Object value) {
        if (value instanceof List<?> list) {
            sha.number('L', list.size());
            for (Object item : list) {
                feed(sha, item);
            }
        } else if (value instanceof Collection<?> set) {
            sha.number('C', set.size());
            List<byte[]> parts = new ArrayList<>(set.size());
            for (Object item : set) {
                parts.add(bytesOf(item));
            }
            unordered(sha, parts);
        } else if (value instanceof Map<?, ?> map) {
            sha.number('M', map.size());
            List<byte[]> parts = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                parts.add(bytesOf(List.of(wrap(e.getKey()), wrap(e.getValue()))));
            }
            unordered(sha, parts);
        } else if (kinds.get(value.getClass()) == ValueKind.SHARED) {
            byte[] digest = memo.findInstance(value);
            if (digest == null) {
                digest = recordBytes((Record) value);
                memo.putInstance(value, digest);
            }
            sha.kind('H');
            sha.bytes(digest);
        } else if (value.getClass().isRecord()) {
            record(sha, (Record) value);
        } else {
            throw new IllegalArgumentException("ContentDigest cannot digest a " + value.getClass().getName());
        }
    }

    private byte[] recordBytes(Record value) {
        Feed feed = feed();
        record(feed, value);
        return feed.digest();
    }

    private void record(Feed sha, Record value) {
        byte[] type = typeNames.get(value.getClass());
        sha.number('R', type.length);
        sha.bytes(type);
        for (Object component : walk.values(value)) {
            feed(sha, component);
        }
    }

    /** List.of refuses nulls; map values may be null. */
    private static Object wrap(Object value) {
        return value == null ? Optional.empty() : value;
    }

    private static void unordered(Feed sha, List<byte[]> parts) {
        parts.sort(Arrays::compare);
        parts.forEach(sha::bytes);
    }

    /**
     * A SHA-256 fed through a buffer: each value is a kind byte and a fixed-width number, or a kind byte, a length
     * and the UTF-8 bytes of a text, so no two different sequences of values feed the same bytes.
     */
    private static final class Feed {

        private final MessageDigest sha;

        Feed(MessageDigest fresh) {
            this.sha = fresh;
        }
        private final byte[] buffer = new byte[512];
        private int used;

        void kind(char kind) {
            room(1);
            buffer[used++] = (byte) kind;
        }

        void number(char kind, long value) {
            room(9);
            buffer[used++] = (byte) kind;
            for (int shift = 56; shift >= 0; shift -= 8) {
                buffer[used++] = (byte) (value >>> shift);
            }
        }

        void text(char kind, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            number(kind, bytes.length);
            bytes(bytes);
        }

        void bytes(byte[] bytes) {
            if (bytes.length > buffer.length - used) {
                flush();
                if (bytes.length > buffer.length) {
                    sha.update(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }

        byte[] digest() {
            flush();
            return sha.digest();
        }

        private void room(int bytes) {
            if (buffer.length - used < bytes) {
                flush();
            }
        }

        private void flush() {
            sha.update(buffer, 0, used);
            used = 0;
        }
    }

}
