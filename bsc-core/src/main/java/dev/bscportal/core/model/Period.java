package dev.bscportal.core.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * A reporting period: a year ({@code 2026}), quarter ({@code 2026-Q1}), month ({@code 2026-03}) or
 * ISO week ({@code 2026-W07}). Periods of the same granularity order by time; across granularities
 * they order by their end date, so a month sorts before the quarter that ends with it.
 */
public record Period(Frequency granularity, int year, int index) implements Comparable<Period> {

    public Period {
        if (year < 1900 || year > 2999) {
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

    /** Parses the text forms shown in the class comment; empty for anything else. */
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
                    .with(java.time.DayOfWeek.SUNDAY);
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

    /** The period of the given granularity that contains a date. */
    public static Period containing(LocalDate date, Frequency granularity) {
        return switch (granularity) {
            case YEARLY -> year(date.getYear());
            case QUARTERLY -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> month(date.getYear(), date.getMonthValue());
            case WEEKLY -> week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    /** The period just before this one, of the same granularity. */
    public Period previous() {
        return containing(startDate().minusDays(1), granularity);
    }

    /** The period just after this one, of the same granularity. */
    public Period next() {
        return containing(endDate().plusDays(1), granularity);
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
