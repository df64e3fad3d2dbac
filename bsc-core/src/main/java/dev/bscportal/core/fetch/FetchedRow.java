package dev.bscportal.core.fetch;

/** One value as a source returned it, before it is checked: texts as read, {@code row} counting from 1. */
record FetchedRow(int row, String measure, String period, String value, String note) {
}
