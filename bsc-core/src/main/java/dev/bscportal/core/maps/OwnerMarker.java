package dev.bscportal.core.maps;

import dev.bscportal.core.model.Objective;

import java.util.ArrayList;
import java.util.List;

/**
 * The owner marker on a map box, something people recognise: the objective's {@code owner-label} when given; else
 * the owner as written when it is short (at most {@link #SHORT} characters: "CFO", "VP People", "Head of IT",
 * "Chief Executive", "Tom Okafor"); else initials. Initials of a title ("Director of Community Safety", recognised by a lower-case word
 * such as "of") take every capitalised word, up to four ("DCS"); of a person's name the first and the last word
 * ("Petra M. Schulz" -> "PS"); words ending in a dot (Dr., M.) do not count.
 */
final class OwnerMarker {

    static final int SHORT = 16;
    private static final int MAX_TITLE_INITIALS = 4;

    private OwnerMarker() {
    }

    static String of(Objective objective) {
        String label = objective.ownerLabel() == null ? "" : objective.ownerLabel().strip();
        if (!label.isEmpty()) {
            return label;
        }
        return of(objective.owner());
    }

    static String of(String owner) {
        String name = owner == null ? "" : owner.strip().replaceAll("\\s+", " ");
        if (name.codePointCount(0, name.length()) <= SHORT) {
            return name;
        }
        List<String> capitals = new ArrayList<>();
        boolean title = false;
        for (String word : name.split(" ")) {
            if (word.isEmpty() || word.endsWith(".") || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            int first = word.codePointAt(0);
            if (Character.isLowerCase(first)) {
                title = true;
            } else {
                capitals.add(new String(Character.toChars(Character.toUpperCase(first))));
            }
        }
        if (capitals.isEmpty()) {
            return "";
        }
        if (title) {
            return String.join("", capitals.subList(0, Math.min(MAX_TITLE_INITIALS, capitals.size())));
        }
        return capitals.size() == 1 ? capitals.get(0) : capitals.get(0) + capitals.get(capitals.size() - 1);
    }
}
