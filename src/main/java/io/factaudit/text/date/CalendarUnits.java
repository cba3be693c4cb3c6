package io.factaudit.text.date;

import io.factaudit.text.date.Candidate.Days;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar's units counted from the article's date, for {@link RelativeDates}: its week
 * (Monday to Sunday), weekend, month and year and those before or after it, their early, middle
 * and late parts, and the seasons.
 */
final class CalendarUnits {

    private final LocalDate published;

    CalendarUnits(LocalDate published) {
        this.published = published;
    }

    /** The week (Monday to Sunday), weekend, month or year {@code shift} units from the article's. */
    Days unit(String unit, int shift) {
        return switch (unit) {
            case "week" -> {
                LocalDate monday = Calendar.monday(published).plusWeeks(shift);
                yield new Days(monday, monday.plusDays(6));
            }
            case "weekend" -> {
                Days weekend = shift < 0 ? lastWeekend() : thisWeekend();
                yield shift > 0 ? new Days(weekend.from().plusWeeks(shift), weekend.to().plusWeeks(shift)) : weekend;
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(published).plusMonths(shift);
                yield new Days(ym.atDay(1), ym.atEndOfMonth());
            }
            default -> {
                int year = published.getYear() + shift;
                yield new Days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        };
    }

    /**
     * The early, middle or late part of a unit: of a week Monday-Wednesday, Tuesday-Thursday,
     * Thursday-Sunday; of a month the 1st-10th, 11th-20th, 21st-end (FACT-SHEETS.md 1.1); of a year
     * January-April, May-August, September-December. "start" and "beginning" are early, "end" late.
     */
    static Days part(Days whole, String unit, String part) {
        int which = switch (part) {
            case "early", "start", "beginning" -> 0;
            case "mid", "middle" -> 1;
            default -> 2;
        };
        LocalDate from = whole.from();
        return switch (unit) {
            case "week", "weekend" -> new Days(from.plusDays(which == 2 ? 3 : which), which == 2 ? whole.to()
                : from.plusDays(which + 2L));
            case "month" -> new Days(from.plusDays(which * 10L), which == 2 ? whole.to() : from.plusDays(which * 10L + 9));
            default -> new Days(from.plusMonths(which * 4L),
                YearMonth.from(from.plusMonths(which * 4L + 3)).atEndOfMonth());
        };
    }

    /** Whether the article's date is a Saturday or a Sunday. */
    boolean inWeekend() {
        return published.getDayOfWeek() == DayOfWeek.SATURDAY || published.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    Days lastWeekend() {
        LocalDate sunday = published.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return new Days(sunday.minusDays(1), sunday);
    }

    Days thisWeekend() {
        LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (published.getDayOfWeek() != DayOfWeek.SATURDAY && published.getDayOfWeek() != DayOfWeek.SUNDAY) {
            saturday = published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }
        return new Days(saturday, saturday.plusDays(1));
    }

    /** A season's months (northern): spring March-May, summer June-August, autumn September-November, winter December-February. */
    Days season(String which, String name) {
        int first = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "winter" -> 12;
            default -> 9;
        };
        LocalDate start = LocalDate.of(published.getYear(), first, 1);
        if (which.equals("last")) {
            while (!end(start).isBefore(published)) {
                start = start.minusYears(1);
            }
        } else if (which.equals("next")) {
            while (!start.isAfter(published)) {
                start = start.plusYears(1);
            }
        } else if (first == 12 && published.getMonthValue() <= 2) {
            start = start.minusYears(1);
        }
        return new Days(start, end(start));
    }

    private static LocalDate end(LocalDate seasonStart) {
        return YearMonth.from(seasonStart.plusMonths(2)).atEndOfMonth();
    }
}
