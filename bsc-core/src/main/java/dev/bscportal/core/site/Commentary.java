package dev.bscportal.core.site;

import dev.bscportal.core.model.Review;

/** Review commentary on an objective. */
public record Commentary(Review review, String text) {
}
