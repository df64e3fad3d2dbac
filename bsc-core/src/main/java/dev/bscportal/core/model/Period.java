package dev.bscportal.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * A reporting period: a year ({@code 2026}), quarter ({@code 2026-Q1}), month ({@code 2026-03}) or
 * ISO week ({@code 2026-W07}). Periods of the same granularity order by time; across granularities
 * they order by their end date, so a month sorts before the quarter that ends with it.
 *
 * <p>Supported years are {@value #MIN_YEAR} to {@value #MAX_YEAR}: the range starts on a Monday
 * (1900-01-01) and ends on a Sunday (9995-12-31), so every ISO week, month, quarter and year lies wholly
 * inside it and {@link #rollUpTo}, {@link #containing} (for dates in range), {@link #startDate} and
 * {@link #endDate} are total. Only {@link #previous} and {@link #next} can leave the range; they say so
 * with an empty result instead of an exception.
 */
public record Period(Frequency granularity, int year, int index) implements Comparable<Period> {

    /** The first supported year; 1900-01-01 is a Monday, the first day of 1900-W01. */
    public static final int MIN_YEAR = 1900;
    /** The last supported year; 9995-12-31 is a Sunday, the last day of 9995-W52. */
    public static final int MAX_YEAR = 9995;
    /** The first supported day. */
    public static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);
    /** The last supported day. */
    public static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);

    public Period {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (granularity) {
            case YEARLY -> 1;
            case QUARTERLY -> 4;
            case MONTHLY -> 12;
            case WEEKLY -> weeksIn(year);
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(granularity.id() + " index out of range: " + index);
        }
    }

    public static Period year(int year) {
        return new Period(Frequency.YEARLY, year, 1);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Frequency.QUARTERLY, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(Frequency.MONTHLY, year, month);
    }

    public static Period week(int year, int week) {
        return new Period(Frequency.WEEKLY, year, week);
    }

    /** Whether a date lies in the supported range ({@link #MIN_DATE} to {@link #MAX_DATE}). */
    public static boolean supports(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    /**
     * Whether a text has the form of a period (see the class comment) whose year lies outside the supported
     * range, such as {@code 1899-12} or {@code 0000}: a period the reader should be told is out of range
     * rather than malformed.
     */
    public static boolean isOutOfRange(String text) {
        if (text == null || parse(text).isPresent()) {
            return false;
        }
        String s = text.trim();
        if (s.length() < 4 || !digits(s, 0, 4)) {
            return false;
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        // 2020 has 53 ISO weeks, so any index valid in some year is valid there
        return (year < MIN_YEAR || year > MAX_YEAR) && parse("2020" + s.substring(4)).isPresent();
    }

    /** Parses the text forms shown in the class comment; empty for anything else, and for years out of range. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // read character by character: every measurement row has a period, and four regular expressions per row
        // were a tenth of loading (the forms: 2026, 2026-Q1, 2026-03, 2026-W07; ASCII digits only)
        String s = text.trim();
        int length = s.length();
        if (length < 4 || !digits(s, 0, 4)) {
            return Optional.empty();
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        try {
            if (length == 4) {
                return Optional.of(year(year));
            }
            if (s.charAt(4) != '-') {
                return Optional.empty();
            }
            if (length == 7 && s.charAt(5) == 'Q' && s.charAt(6) >= '1' && s.charAt(6) <= '4') {
                return Optional.of(quarter(year, s.charAt(6) - '0'));
            }
            if (length == 7 && digits(s, 5, 7)) {
                return Optional.of(month(year, Integer.parseInt(s, 5, 7, 10)));
            }
            if (length == 8 && s.charAt(5) == 'W' && digits(s, 6, 8)) {
                return Optional.of(week(year, Integer.parseInt(s, 6, 8, 10)));
            }
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The last day of the period (ISO weeks end on Sunday). */
    public LocalDate endDate() {
        return switch (granularity) {
            case YEARLY -> LocalDate.of(year, 12, 31);
            case QUARTERLY -> LocalDate.of(year, index * 3, 1).plusMonths(1).minusDays(1);
            case MONTHLY -> LocalDate.of(year, index, 1).plusMonths(1).minusDays(1);
            case WEEKLY -> LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, index)
                    .with(DayOfWeek.SUNDAY);
        };
    }

    /** The first day of the period. */
    public LocalDate startDate() {
        return switch (granularity) {
            case YEARLY -> LocalDate.of(year, 1, 1);
            case QUARTERLY -> LocalDate.of(year, index * 3 - 2, 1);
            case MONTHLY -> LocalDate.of(year, index, 1);
            case WEEKLY -> endDate().minusDays(6);
        };
    }

    /** The period of a coarser (or equal) granularity that contains this one's end date. */
    public Period rollUpTo(Frequency coarser) {
        if (coarser.ordinal() < granularity.ordinal()) {
            throw new IllegalArgumentException("cannot roll " + granularity.id() + " down to " + coarser.id());
        }
        return containing(endDate(), coarser);
    }

    /**
     * The period of the given granularity that contains a date.
     *
     * @throws IllegalArgumentException when the date lies outside the supported range
     */
    public static Period containing(LocalDate date, Frequency granularity) {
        return switch (granularity) {
            case YEARLY -> year(date.getYear());
            case QUARTERLY -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> month(date.getYear(), date.getMonthValue());
            case WEEKLY -> week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    /** The period just before this one, of the same granularity; empty for the first supported one. */
    public Optional<Period> previous() {
        LocalDate day = startDate().minusDays(1);
        return supports(day) ? Optional.of(containing(day, granularity)) : Optional.empty();
    }

    /** The period just after this one, of the same granularity; empty for the last supported one. */
    public Optional<Period> next() {
        LocalDate day = endDate().plusDays(1);
        return supports(day) ? Optional.of(containing(day, granularity)) : Optional.empty();
    }

    /**
     * This period and up to {@code count - 1} periods before it, oldest first: fewer when the supported range
     * begins sooner.
     */
    public List<Period> lastPeriods(int count) {
        ArrayDeque<Period> periods = new ArrayDeque<>();
        Optional<Period> p = Optional.of(this);
        while (p.isPresent() && periods.size() < count) {
            periods.addFirst(p.get());
            p = p.get().previous();
        }
        return List.copyOf(periods);
    }

    @Override
    public int compareTo(Period other) {
        if (granularity == other.granularity) {
            int byYear = Integer.compare(year, other.year);
            return byYear != 0 ? byYear : Integer.compare(index, other.index);
        }
        int byEnd = endDate().compareTo(other.endDate());
        return byEnd != 0 ? byEnd : Integer.compare(granularity.ordinal(), other.granularity.ordinal());
    }

    @Override
    public String toString() {
        return switch (granularity) {
            case YEARLY -> Integer.toString(year);
            case QUARTERLY -> year + "-Q" + index;
            case MONTHLY -> year + (index < 10 ? "-0" : "-") + index;
            case WEEKLY -> year + (index < 10 ? "-W0" : "-W") + index;
        };
    }
}
