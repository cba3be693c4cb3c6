package io.factaudit.draft;

import io.factaudit.quantity.Interval;
import java.time.LocalDate;
import java.util.List;

/**
 * A drafted row of an estimates table: the figure a source gave as the articles state it, dated
 * by the earliest article that reports it, with every article line that states it.
 *
 * @param place     where the row counts, when the articles locate it; null for the whole
 * @param cell      the count cell, hedge kept ("about 10,000")
 * @param citations the article lines that state the figure, earliest first
 * @param earlier   every article gives it as an earlier figure ("up from 41,156"): its date is then
 *                  only the earliest of those articles' dates
 */
public record DraftEstimate(String subject, String source, String place, LocalDate asOf, String cell, Interval interval,
                            List<Citation> citations, boolean earlier) {

    public DraftEstimate {
        citations = citations.stream().sorted().toList();
    }

    /** The earliest article that reports the figure. */
    public Citation first() {
        return citations.get(0);
    }
}
