package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.QuoteReader;
import io.factaudit.claim.SheetFixture;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** House style is not alteration: the same words rendered the way each outlet writes them. */
class QuoteHouseStyleTest {

    private static final String SAID = "We had restored 97% of the ferry crossings by July 25, and we will organize"
        + " a full review of the harbor timetable";

    private final Facts facts = new SheetFixture()
        .quotes("Dana Whitlock | 2025-07-28 | " + SAID)
        .facts();

    private List<Finding> judge(String quoted) {
        String text = "Whitlock spoke at the port on Monday. \u201c" + quoted + ",\u201d Whitlock said.";
        Document document = SheetFixture.document(text, "2025-07-29");
        List<Claim> claims = new QuoteReader().read(document, facts);
        assertThat(claims).as("the quote is read").hasSize(1);
        return new QuoteCheck().judge(document, claims, facts);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We had restored 97% of the ferry crossings by July 25, and we will organize a full review of the harbor timetable",
        "We had restored 97 percent of the ferry crossings by July 25, and we will organize a full review of the harbor timetable",
        "We had restored 97 per cent of the ferry crossings by 25 July, and we will organise a full review of the harbour timetable",
        "We had restored ninety-seven per cent of the ferry crossings by 25 July, and we will organise a full review of the harbour timetable",
        "We had restored ninety-seven percent of the ferry crossings by July 25th, and we will organize a full review of the harbor timetable",
        "we had restored 97 % of the ferry crossings by the 25th of July and we will organise a full review of the harbour timetable"})
    void should_pass_the_same_words_in_any_house_style(String quoted) {
        assertThat(judge(quoted)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We had restored 79% of the ferry crossings by July 25, and we will organize a full review of the harbor timetable",
        "We had restored ninety-six per cent of the ferry crossings by 25 July, and we will organise a full review of the harbour timetable",
        "We had restored 97 percent of the ferry crossings by July 26, and we will organize a full review of the harbor timetable",
        "We had restored 97 percent of the ferry crossings by 25 June, and we will organise a full review of the harbour timetable",
        "We had restored 97% of the ferry crossings by July 25, and we will organize a brief review of the harbor timetable",
        "We had restored 97 per cent of the bus crossings by 25 July, and we will organise a full review of the harbour timetable"})
    void should_report_a_changed_word_or_number_in_any_house_style(String quoted) {
        assertThat(judge(quoted)).extracting(Finding::reason).containsExactly(Reason.ALTERED_QUOTE);
    }
}
