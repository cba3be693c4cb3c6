package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KindAnaphorTest {

    /** "event from..to" of each claim, in an article of 8 November 2024. */
    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, "2024-11-08"), Sheets.contingent()).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the accord named again by a noun of its kind, then its verb")
    @ValueSource(strings = {"The assembly ratified the accord on Oct. 24. The deal was first signed in June.",
        "The assembly ratified the accord on Oct. 24. The agreement was signed when the two leaders met in June.",
        "The assembly ratified the accord on Oct. 24. The pact, signed in Harbin in June, runs for ten years."})
    void should_read_the_signing_of_the_accord_named_again(String text) {
        assertThat(read(text)).contains("Northland and Southland signed an accord 2024-06-01..2024-06-30");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("not the accord: not named in the sentence before, no definite word, a noun of another kind")
    @ValueSource(strings = {"Prices rose on Oct. 24. The deal was first signed in June.",
        "The assembly ratified the accord on Oct. 24. A deal was first signed in June.",
        "The assembly ratified the accord on Oct. 24. The cheque was signed in June."})
    void should_not_read_another_signing(String text) {
        assertThat(read(text)).noneMatch(c -> c.startsWith("Northland and Southland signed"));
    }
}
