package io.factaudit.text.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Day arithmetic the date forms share: days seen from the article's date, in either direction. */
final class Calendar {

    private Calendar() {
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A day of a month with no year: the most recent on or before {@code from}, or the first on or after it. */
    static LocalDate monthDay(LocalDate from, int month, int day, Direction direction) {
        int step = direction == Direction.FUTURE ? 1 : -1;
        for (int year = from.getYear(), tries = 0; tries < 9; year += step, tries++) {
            LocalDate d = date(year, month, day);
            if (d != null && (direction == Direction.FUTURE ? !d.isBefore(from) : !d.isAfter(from))) {
                return d;
            }
        }
        return null;
    }

    /** A month with no year: the most recent on or before the article's month, or the first on or after it. */
    static YearMonth month(LocalDate from, int month, Direction direction) {
        YearMonth now = YearMonth.from(from);
        YearMonth thisYear = YearMonth.of(from.getYear(), month);
        if (direction == Direction.FUTURE) {
            return thisYear.isBefore(now) ? thisYear.plusYears(1) : thisYear;
        }
        return thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear;
    }

    /** A day of the month with no month: the most recent on or before {@code from}, or the first on or after it. */
    static LocalDate dayOfMonth(LocalDate from, int day, Direction direction) {
        YearMonth ym = YearMonth.from(from);
        int step = direction == Direction.FUTURE ? 1 : -1;
        for (int tries = 0; tries < 13; tries++, ym = ym.plusMonths(step)) {
            if (day <= ym.lengthOfMonth()) {
                LocalDate d = ym.atDay(day);
                if (direction == Direction.FUTURE ? !d.isBefore(from) : !d.isAfter(from)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** "Friday the 15th": the 15th nearest the article's date that is a Friday; the weekday tells the month, not the tense. */
    static LocalDate weekdayOfMonth(LocalDate from, DayOfWeek weekday, int day) {
        LocalDate best = null;
        for (int shift = -14; shift <= 14; shift++) {
            YearMonth ym = YearMonth.from(from).plusMonths(shift);
            if (day > ym.lengthOfMonth() || ym.atDay(day).getDayOfWeek() != weekday) {
                continue;
            }
            LocalDate d = ym.atDay(day);
            if (best == null || distance(from, d) < distance(from, best)) {
                best = d;
            }
        }
        return best;
    }

    private static long distance(LocalDate from, LocalDate d) {
        return Math.abs(d.toEpochDay() - from.toEpochDay());
    }

    /**
     * The n-th week (Monday to Sunday) of a month, counting the weeks whose Thursday falls in it, as
     * ISO 8601 counts the weeks of a year; n = -1 is the last.
     */
    static LocalDate[] weekOfMonth(YearMonth ym, int n) {
        LocalDate firstThursday = ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        LocalDate lastThursday = ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        LocalDate thursday = n < 0 ? lastThursday : firstThursday.plusWeeks(n - 1L);
        if (thursday.isAfter(lastThursday)) {
            return null;
        }
        return new LocalDate[] {thursday.minusDays(3), thursday.plusDays(3)};
    }

    /** The n-th ISO week of a year; n = -1 is the last. */
    static LocalDate[] weekOfYear(int year, int n) {
        LocalDate mid = LocalDate.of(year, 7, 1);
        long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        long week = n < 0 ? weeks : n;
        if (week > weeks) {
            return null;
        }
        LocalDate monday = monday(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
    }
}
