package dev.bscportal.core.history;

/**
 * One difference between two versions of a strategy. {@code element} is objective, measure or initiative;
 * {@code unitPath} is "" for the company; {@code field} names what changed (empty for added/removed);
 * {@code before}/{@code after} are the values as text (empty when not applicable).
 */
public record Change(Kind kind, String element, String unitPath, String id, String name, String field,
                     String before, String after) {

    public enum Kind { ADDED, REMOVED, RENAMED, CHANGED, STATUS }

    /** A short English line, used in logs and tests: "measure nps: target 30 -> 35". */
    public String describe() {
        String where = (unitPath.isEmpty() ? "" : unitPath + "/") + id;
        return switch (kind) {
            case ADDED -> element + " " + where + " added";
            case REMOVED -> element + " " + where + " removed";
            case RENAMED -> element + " " + where + " renamed: " + before + " -> " + after;
            case CHANGED -> element + " " + where + ": " + field + " " + before + " -> " + after;
            case STATUS -> element + " " + where + ": status " + before + " -> " + after;
        };
    }
}
