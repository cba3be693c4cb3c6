package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.quantity.Interval;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts judged by place (FACT-SHEETS.md 1.1), with claims made by hand so only the judging is tested. */
class PlaceCheckTest {

    private static final String TEXT = "A sentence standing in for an article about an outbreak.";

    private static Facts sheet(boolean places) {
        SheetFixture sheet = new SheetFixture().names("cases | infections", "Health Board | board", "Anna Berg | Berg",
            "Ostland |", "Marlow County | Marlow", "Vesterby |");
        if (places) {
            sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Marlow County | Ostland"));
            sheet.builder().estimates("cases", sheet.table("source | as of | where | count",
                "Health Board | 2031-01-05 | | 900",
                "Health Board | 2031-01-10 | | 1,200",
                "Anna Berg | 2031-01-05 | Ostland | 300",
                "Anna Berg | 2031-01-08 | Ostland | about 400"));
            return sheet.facts();
        }
        return sheet.estimates("cases", "Health Board | 2031-01-05 | 900", "Health Board | 2031-01-10 | 1,200").facts();
    }

    private static List<Finding> judge(Facts facts, String published, long low, Long high, String source, String where) {
        var document = SheetFixture.document(TEXT, published);
        Interval interval = high == null ? Interval.atLeast(low) : new Interval(low, high);
        Claim claim = new CountClaim(new Span(0, 10), "A sentence", "cases", interval, source, source != null, false, null,
            where);
        return new CountCheck().judge(document, List.of(claim), facts);
    }

    @Test
    void a_located_count_is_judged_against_its_places_rows() {
        Facts facts = sheet(true);
        assertThat(judge(facts, "2031-01-09", 410, 410L, null, "Ostland")).isEmpty();
        assertThat(judge(facts, "2031-01-09", 410, 410L, "Anna Berg", "Ostland")).isEmpty();
        Finding f = judge(facts, "2031-01-09", 520, 520L, "Anna Berg", "Ostland").get(0);
        assertThat(f.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(f.message()).startsWith("says 520 cases in Ostland (Anna Berg), but Anna Berg put it at about 400");
    }

    @Test
    void a_count_with_no_place_is_judged_against_the_whole_only() {
        Facts facts = sheet(true);
        assertThat(judge(facts, "2031-01-09", 900, 900L, null, null)).isEmpty();
        assertThat(judge(facts, "2031-01-09", 400, 400L, null, null)).singleElement()
            .extracting(Finding::reason).isEqualTo(Reason.CONTRADICTION);
    }

    @Test
    void a_place_without_rows_is_unverifiable_unless_it_exceeds_what_holds_it() {
        Facts facts = sheet(true);
        Finding info = judge(facts, "2031-01-09", 96, 96L, null, "Marlow County").get(0);
        assertThat(info.reason()).isEqualTo(Reason.UNVERIFIABLE);
        assertThat(info.message()).contains("in Marlow County", "no estimates of cases in Marlow County");
        Finding whole = judge(facts, "2031-01-09", 950, 950L, null, "Vesterby").get(0);
        assertThat(whole.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(whole.message()).contains("a part can't exceed its whole", "the whole had at most 900");
        Finding holder = judge(facts, "2031-01-09", 450, null, null, "Marlow County").get(0);
        assertThat(holder.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(holder.message()).contains("Ostland had at most 440");
    }

    @Test
    void a_sheet_without_places_judges_a_located_count_as_a_count_of_the_subject() {
        Facts facts = sheet(false);
        assertThat(judge(facts, "2031-01-09", 900, 900L, null, "Marlow County")).isEmpty();
        assertThat(judge(facts, "2031-01-09", 96, 96L, null, "Marlow County")).singleElement()
            .satisfies(f -> assertThat(f.message()).startsWith("says 96 cases in Marlow County, but"));
    }

    @Test
    void a_row_revised_on_the_articles_own_day_still_holds_that_day() {
        Facts facts = sheet(true);
        assertThat(judge(facts, "2031-01-10", 900, 900L, "Health Board", null)).as("revised that day").isEmpty();
        assertThat(judge(facts, "2031-01-11", 900, 900L, "Health Board", null)).singleElement()
            .extracting(Finding::reason).isEqualTo(Reason.OUTDATED);
        assertThat(judge(facts, "2031-01-08", 300, 300L, null, "Ostland")).isEmpty();
        assertThat(judge(facts, "2031-01-09", 300, 300L, null, "Ostland")).singleElement()
            .extracting(Finding::reason).isEqualTo(Reason.OUTDATED);
    }
}
