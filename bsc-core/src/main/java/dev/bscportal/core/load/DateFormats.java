package dev.bscportal.core.load;

/** Whether a cell's number format shows a date (Excel's built-in date formats and custom ones with day, month or year). */
final class DateFormats {

    private DateFormats() {
    }

    static boolean isDate(Integer formatId, String format) {
        if (formatId == null) {
            return false;
        }
        int id = formatId;
        if (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58) {
            return true;
        }
        if (id < 164 || format == null) {
            return false;
        }
        String section = format.split(";", 2)[0];
        StringBuilder bare = new StringBuilder();
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (bracket == 0) {
                bare.append(Character.toLowerCase(c));
            }
        }
        String letters = bare.toString();
        return !letters.contains("general") && letters.matches(".*[dmy].*");
    }
}
