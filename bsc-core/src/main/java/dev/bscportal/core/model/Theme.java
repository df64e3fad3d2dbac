package dev.bscportal.core.model;

/** A strategic theme that cuts across perspectives. {@code colour} is a CSS colour or empty. */
public record Theme(String id, String name, String description, String colour, Origin origin) {
}
