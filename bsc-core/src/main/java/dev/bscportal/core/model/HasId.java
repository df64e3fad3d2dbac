package dev.bscportal.core.model;

import java.util.Optional;

/** An enum value with the lower-case id users write in YAML files. */
public interface HasId {

    String id();

    /** The value whose id is {@code text}, or empty. */
    static <E extends HasId> Optional<E> find(E[] values, String text) {
        for (E value : values) {
            if (value.id().equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
