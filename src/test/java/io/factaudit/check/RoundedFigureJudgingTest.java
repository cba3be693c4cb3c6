package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.CountReader;
import io.factaudit.claim.SheetFixture;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A figure rounded to a decimal of a scale word agrees with the exact count it rounds; sentences written for this test. */
class RoundedFigureJudgingTest {

    private static Facts sheet(String subject, String spellings, String source, String count) {
        return new SheetFixture().names(subject + " | " + spellings, source + " |")
            .estimates(subject, source + " | 2031-03-02 | " + count).facts();
    }

    private static List<Finding> judge(Facts facts, String text) {
        var document = SheetFixture.document(text, "2031-03-04");
        List<Claim> claims = new CountReader().read(document, facts);
        assertThat(claims).as("claims of: %s", text).isNotEmpty();
        return new CountCheck().judge(document, claims, facts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2.67 million | 2,668,000 | true",
        "2.7 million  | 2,668,000 | true",
        "2.66 million | 2,668,000 | false",
        "2.6 million  | 2,668,000 | false",
        "1.25 billion | 1,247,600,000 | true",
    })
    void a_rounded_figure_agrees_with_the_count_it_rounds_on_any_topic(String written, String count, boolean agrees) {
        Facts votes = sheet("ballots cast", "votes cast, ballots", "Election Board", count);
        assertThat(judge(votes, "The Election Board said " + written + " ballots were cast.")).as(written).hasSize(agrees ? 0 : 1);
        Facts meals = sheet("meals served", "meals", "Food Bank", count);
        assertThat(judge(meals, "The Food Bank said it had served " + written + " meals this year.")).as(written).hasSize(agrees ? 0 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2,670,000 | 2,668,000",
        "2670000   | 2,668,000",
    })
    void a_figure_written_in_full_is_exact(String written, String count) {
        Facts votes = sheet("ballots cast", "votes cast, ballots", "Election Board", count);
        assertThat(judge(votes, "The Election Board said " + written + " ballots were cast.")).hasSize(1);
    }
}
