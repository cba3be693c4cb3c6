package io.factaudit.text.date;

import io.factaudit.article.Span;
import java.time.LocalDate;

/**
 * A date expression found in a text, with both of its readings: the one a past-tense clause gives
 * it ("met on Friday": the last Friday) and the one a future-tense clause gives it ("will meet on
 * Friday": the coming one). Forms that point one way on their own ("last Friday", "tomorrow",
 * "June 19, 2024") have the same reading both ways. Days are null when the form needs the
 * article's date and the article has none.
 */
record Candidate(Span span, Days past, Days future, boolean relative) {

    /** A span of days, first to last, both included. */
    record Days(LocalDate from, LocalDate to) {

        static Days of(LocalDate day) {
            return new Days(day, day);
        }

        boolean ordered() {
            return !to.isBefore(from);
        }
    }

    static Candidate fixed(Span span, Days days, boolean relative) {
        return new Candidate(span, days, days, relative);
    }

    static Candidate unknown(Span span) {
        return new Candidate(span, null, null, true);
    }

    static Candidate of(Span span, Days past, Days future) {
        return new Candidate(span, past, future, true);
    }

    Days toward(Direction direction) {
        return direction == Direction.FUTURE ? future : past;
    }

    /** Whether the two readings differ, so the tense of the clause decides ("in two days" has no past one). */
    boolean directed() {
        return !java.util.Objects.equals(past, future);
    }

    Candidate at(Span other) {
        return new Candidate(other, past, future, relative);
    }
}
