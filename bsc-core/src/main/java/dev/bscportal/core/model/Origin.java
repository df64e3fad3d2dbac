package dev.bscportal.core.model;

import dev.bscportal.core.problem.SourcePosition;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where an element and each of its fields came from. {@link #of(String)} gives the line of a field
 * (e.g. {@code "target"}), falling back to the element's own position when the field was not written.
 * {@code invalid} names the fields that were written but refused (an unknown polarity, say): the element
 * then carries a default in their place, which rules and scoring must not treat as the author's choice.
 */
public record Origin(SourcePosition at, Map<String, SourcePosition> fields, Set<String> invalid) {

    public Origin {
        fields = Map.copyOf(fields);
        invalid = Set.copyOf(new TreeSet<>(invalid));
    }

    public Origin(SourcePosition at, Map<String, SourcePosition> fields) {
        this(at, fields, Set.of());
    }

    /** True when {@code field} was written with a value that was refused and replaced by a default. */
    public boolean isInvalid(String field) {
        return invalid.contains(field);
    }

    public static Origin at(SourcePosition position) {
        return new Origin(position, Map.of());
    }

    public static Origin at(String file, int line) {
        return at(SourcePosition.of(file, line));
    }

    /** The position of a field, or of the element when the field is absent. */
    public SourcePosition of(String field) {
        return fields.getOrDefault(field, at);
    }

    public Origin withField(String field, SourcePosition position) {
        Map<String, SourcePosition> copy = new TreeMap<>(fields);
        copy.put(field, position);
        return new Origin(at, copy, invalid);
    }

    public String file() {
        return at.file();
    }
}
