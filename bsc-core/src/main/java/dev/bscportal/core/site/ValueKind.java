package dev.bscportal.core.site;

import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How {@link ContentDigest} feeds a value of each class, decided once per class in the order an {@code instanceof}
 * chain would test it: a strategy of 10,000 pages feeds millions of values.
 */
enum ValueKind {
    TEXT, FLOATING, INTEGRAL, PLAIN, ENUM, TIME, OPTIONAL, OPTIONAL_DOUBLE, OPTIONAL_INT, OPTIONAL_LONG, LIST,
    KEPT_RECORD, OTHER_COLLECTION, MAP, SHARED, RECORD, UNKNOWN;

    /** The kind of {@code type}; {@code shared} are the record types digested once per instance. */
    static ValueKind of(Class<?> type, Set<Class<?>> shared) {
        if (type == String.class) {
            return TEXT;
        } else if (type == Double.class || type == Float.class) {
            return FLOATING;
        } else if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            return INTEGRAL;
        } else if (Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class) {
            return PLAIN;
        } else if (Enum.class.isAssignableFrom(type)) {
            return ENUM;
        } else if (TemporalAccessor.class.isAssignableFrom(type) || Path.class.isAssignableFrom(type) || type == Locale.class) {
            return TIME;
        } else if (type == Optional.class) {
            return OPTIONAL;
        } else if (type == OptionalDouble.class) {
            return OPTIONAL_DOUBLE;
        } else if (type == OptionalInt.class) {
            return OPTIONAL_INT;
        } else if (type == OptionalLong.class) {
            return OPTIONAL_LONG;
        } else if (List.class.isAssignableFrom(type)) {
            return LIST;
        } else if (DigestMemo.memoisedRecord(type)) {
            return KEPT_RECORD;
        } else if (Collection.class.isAssignableFrom(type)) {
            return OTHER_COLLECTION;
        } else if (Map.class.isAssignableFrom(type)) {
            return MAP;
        } else if (shared.contains(type)) {
            return SHARED;
        } else if (type.isRecord()) {
            return RECORD;
        }
        return UNKNOWN;
    }
}
