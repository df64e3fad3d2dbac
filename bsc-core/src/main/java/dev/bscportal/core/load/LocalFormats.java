package dev.bscportal.core.load;

import dev.bscportal.core.model.Period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, periods and numbers written the way a spreadsheet or a language other than English writes them
 * ({@code 01.03.2027}, {@code 2027/12/31}, {@code Q4/2026}, {@code 10/2026}, {@code 71,5}, {@code 1.234,5}), turned
 * into the one form the strategy format reads, so that a problem can say "Did you mean '2027-03-01'?". Only an
 * unambiguous reading is offered: {@code 03/04/2027} (March or April?) gets none, nor does {@code 1,234} (a thousand
 * or one and a bit?). A suggestion is made of the digits read, never of other text from the file.
 */
final class LocalFormats {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?:q([1-4])\\s*[/.\\- ]?\\s*(\\d{4})|(\\d{4})\\s*[/.\\- ]?\\s*q([1-4]))");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[/.\\-](\\d{1,2})");
    private static final Pattern WEEK = Pattern.compile("(?i)(?:kw|cw|w|week)\\s*(\\d{1,2})[\\s/.,\\-]+(\\d{4})|(\\d{4})[\\s/.\\-]*(?:kw|cw|w)\\s*(\\d{1,2})");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(-?)(\\d{1,3}(?:\\.\\d{3})+|\\d+),(\\d+)");
    private static final Pattern GROUPED = Pattern.compile("(-?)(\\d{1,3}(?:[,.\u00a0\u202f ]\\d{3})+)(?:\\.(\\d+))?");
    private static final Pattern WITH_UNIT = Pattern.compile("(?:[€$£¥]\\s*)?(-?\\d+(?:\\.\\d+)?)\\s*(?:%|€|\\$|£|¥|EUR|USD)?");

    private LocalFormats() {
    }

    /** {@code " Did you mean 'x'?"} for a date written in another form, else empty. */
    static String date(String written) {
        return suggest(dateOf(written.strip()));
    }

    /** {@code " Did you mean 'x'?"} for a period written in another form, else empty. */
    static String period(String written) {
        return suggest(periodOf(written.strip()));
    }

    /** {@code " Did you mean 'x'?"} for a number written with a decimal comma, grouping or a unit, else empty. */
    static String number(String written) {
        return suggest(numberOf(written.strip()));
    }

    private static String suggest(Optional<String> meant) {
        return meant.map(m -> " Did you mean '" + m + "'?").orElse("");
    }

    static Optional<String> dateOf(String text) {
        Matcher m;
        if ((m = DAY_FIRST.matcher(text)).matches()) {
            return iso(m.group(3), m.group(2), m.group(1));
        }
        if ((m = YEAR_FIRST.matcher(text)).matches()) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        if ((m = SLASHED.matcher(text)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (first > 12 && second <= 12) {
                return iso(m.group(3), m.group(2), m.group(1));
            }
            if (second > 12 && first <= 12) {
                return iso(m.group(3), m.group(1), m.group(2));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> iso(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    static Optional<String> periodOf(String text) {
        Matcher m;
        String meant = null;
        if ((m = QUARTER.matcher(text)).matches()) {
            meant = m.group(1) != null ? m.group(2) + "-Q" + m.group(1) : m.group(3) + "-Q" + m.group(4);
        } else if ((m = WEEK.matcher(text)).matches()) {
            meant = m.group(1) != null ? week(m.group(2), m.group(1)) : week(m.group(3), m.group(4));
        } else if ((m = MONTH_YEAR.matcher(text)).matches()) {
            meant = month(m.group(2), m.group(1));
        } else if ((m = YEAR_MONTH.matcher(text)).matches()) {
            meant = month(m.group(1), m.group(2));
        }
        return Optional.ofNullable(meant).filter(p -> Period.parse(p).isPresent());
    }

    /**
     * Digits grouped by one kind of separator: {@code 1 234} and {@code 1,234,567} are thousands, {@code 1,234.5}
     * too; a single comma group ({@code 1,234}) may be a German decimal and is not guessed.
     */
    private static boolean unambiguousGrouping(String digits, boolean decimals) {
        String separators = digits.replaceAll("[0-9]", "");
        if (separators.chars().distinct().count() != 1) {
            return false;
        }
        char separator = separators.charAt(0);
        if (separator == '.') {
            return !decimals;
        }
        return separator != ',' || separators.length() >= 2 || decimals;
    }

    private static String week(String year, String week) {
        return year + "-W" + String.format(Locale.ROOT, "%02d", Integer.parseInt(week));
    }

    private static String month(String year, String month) {
        return year + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(month));
    }

    static Optional<String> numberOf(String text) {
        Matcher m;
        String meant = null;
        if ((m = DECIMAL_COMMA.matcher(text)).matches() && !(m.group(2).length() <= 3 && m.group(3).length() == 3
                && !m.group(2).contains("."))) {
            meant = m.group(1) + m.group(2).replace(".", "") + "." + m.group(3);
        } else if ((m = GROUPED.matcher(text)).matches() && unambiguousGrouping(m.group(2), m.group(3) != null)) {
            meant = m.group(1) + m.group(2).replaceAll("[^0-9]", "") + (m.group(3) == null ? "" : "." + m.group(3));
        } else if ((m = WITH_UNIT.matcher(text)).matches() && !text.equals(m.group(1))) {
            meant = m.group(1);
        }
        return Optional.ofNullable(meant).filter(n -> Numbers.parse(n) != null);
    }
}
