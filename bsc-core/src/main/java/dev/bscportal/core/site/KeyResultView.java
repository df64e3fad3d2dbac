package dev.bscportal.core.site;

import dev.bscportal.core.model.KeyResult;

import java.util.OptionalDouble;

/** A key result with its progress 0..100 (current taken from the measure when not written). */
public record KeyResultView(KeyResult keyResult, OptionalDouble current, OptionalDouble progress) {
}
