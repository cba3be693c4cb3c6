package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.claim.Claim;
import io.factaudit.claim.CountClaim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.quantity.Interval;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A source the sheet counts by place only: a claim naming it and no place, whose figure is one of
 * its figures for one place, is judged in that place and is not unverifiable. Invented sheets, the
 * claims made by hand so that only the judging is tested; each case runs for two invented sheets.
 */
class SourceScopeTest {

    private static final String TEXT = "A sentence standing in for an article about arrivals.";

    /** A national board counting the whole; a ministry counting only its country and a valley within it. */
    private static Facts sheet(String subject, String board, String ministry, String country, String valley) {
        SheetFixture sheet = new SheetFixture().names(subject + " |", board + " |", ministry + " |", country + " |",
            valley + " |", "Farland |");
        sheet.builder().places(sheet.table("place | within", country + " |", valley + " | " + country, "Farland |"));
        sheet.builder().estimates(subject, sheet.table("source | as of | where | count",
            board + " | 2031-03-01 | | 5,000",
            ministry + " | 2031-03-02 | " + country + " | 2,100",
            ministry + " | 2031-03-02 | " + valley + " | 800",
            ministry + " | 2031-03-06 | " + country + " | more than 3,000",
            ministry + " | 2031-03-06 | Farland | 3,200"));
        return sheet.facts();
    }

    private static List<Finding> judge(Facts facts, String subject, String published, long low, Long high, String source,
                                       String where) {
        var document = SheetFixture.document(TEXT, published);
        Interval interval = high == null ? Interval.atLeast(low) : new Interval(low, high);
        Claim claim = new CountClaim(new Span(0, 10), "A sentence", subject, interval, source, true, false, null, where);
        return new CountCheck().judge(document, List.of(claim), facts);
    }

    @ParameterizedTest
    @CsvSource({"arrivals, Border Board, Interior Ministry, Tessaly, Orn Valley",
        "evacuees, State Fire Service, Harbour Office, Keld County, Lome Basin"})
    void a_figure_of_the_sources_one_place_is_judged_in_that_place(String subject, String board, String ministry,
                                                                    String country, String valley) {
        Facts facts = sheet(subject, board, ministry, country, valley);
        assertThat(judge(facts, subject, "2031-03-03", 2_100, 2_100L, ministry, null)).as("its country's figure").isEmpty();
        assertThat(judge(facts, subject, "2031-03-03", 800, 800L, ministry, null)).as("its valley's figure").isEmpty();
        assertThat(judge(facts, subject, "2031-03-03", 800, 2_100L, ministry, null))
            .as("meets its valley's and its country's rows: the country holds the valley").isEmpty();
        assertThat(judge(facts, subject, "2031-03-08", 2_100, 2_100L, ministry, null)).singleElement()
            .satisfies(f -> {
                assertThat(f.reason()).isEqualTo(Reason.OUTDATED);
                assertThat(f.message()).contains("in " + country, "revised by " + ministry);
            });
        assertThat(judge(facts, subject, "2031-03-08", 5_000, 5_000L, board, null)).as("the whole's source").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"arrivals, Border Board, Interior Ministry, Tessaly, Orn Valley",
        "evacuees, State Fire Service, Harbour Office, Keld County, Lome Basin"})
    void a_figure_of_none_or_of_several_of_its_places_stays_where_it_was(String subject, String board, String ministry,
                                                                         String country, String valley) {
        Facts facts = sheet(subject, board, ministry, country, valley);
        assertThat(judge(facts, subject, "2031-03-08", 1_500, 1_500L, ministry, null)).singleElement()
            .extracting(Finding::reason).isEqualTo(Reason.UNVERIFIABLE);
        assertThat(judge(facts, subject, "2031-03-08", 3_200, 3_200L, ministry, null)).as("meets two places' rows")
            .singleElement().extracting(Finding::reason).isEqualTo(Reason.UNVERIFIABLE);
        assertThat(judge(facts, subject, "2031-03-08", 2_100, 2_100L, ministry, valley)).as("the article's own place")
            .singleElement().extracting(Finding::reason).isEqualTo(Reason.CONTRADICTION);
    }

    @ParameterizedTest
    @CsvSource({"arrivals, Border Board, Interior Ministry, Tessaly, Orn Valley",
        "evacuees, State Fire Service, Harbour Office, Keld County, Lome Basin"})
    void an_undated_article_gets_the_undated_warning_not_the_info(String subject, String board, String ministry,
                                                                  String country, String valley) {
        Facts facts = sheet(subject, board, ministry, country, valley);
        assertThat(judge(facts, subject, null, 800, 800L, ministry, null)).singleElement()
            .extracting(Finding::reason).isEqualTo(Reason.UNDATED);
    }
}
