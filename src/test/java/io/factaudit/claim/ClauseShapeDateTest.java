package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes of a clause that stand between an event and its date without changing which day it is,
 * on two invented topics (a ferry line, a miners' strike): noun groups joined by "and", a second
 * fronted adjunct, a list of names, "effective", a noun's post-modifier or relative clause, an
 * aside of the subject, a plural noun after "to", a verb whose past is its base, an event awaited
 * on a day.
 */
class ClauseShapeDateTest {

    /** A Wednesday: the Thursday before is the 6th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the ferry line closed", LocalDate.of(2025, 3, 6), List.of("closed the ferry line", "ferries halted",
            "ferry stoppage"), new FactLocation("features/ferry.feature", 7)),
        new Event("the miners walked out", LocalDate.of(2025, 3, 6), List.of("miners walked out", "miners struck",
            "miners' strike"), new FactLocation("features/mine.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return read(text, PUBLISHED);
    }

    private static List<String> read(String text, String published) {
        return new EventDateReader().read(Sheets.article(text, published), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.event() + " " + c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The port authority closed the ferry line to Osk and the islands on Thursday.|the ferry line closed",
        "The port authority closed the ferry line to 3,000 commuters and 40 hauliers on Thursday.|the ferry line closed",
        "The miners walked out at the Osk pit and the Lisk shaft on Thursday.|the miners walked out",
        "On Thursday, after two weeks of failed talks, the miners walked out.|the miners walked out",
        "On Thursday, with gales rising along the coast and crews short, the port authority closed the ferry line.|the ferry line closed",
        "Ferries from Osk, Lisk and two other ports halted on Thursday.|the ferry line closed",
        "Miners in the northern pits and the coastal shafts struck on Thursday.|the miners walked out",
        "The port authority, citing high seas, closed the ferry line on Thursday.|the ferry line closed",
        "The union, citing unpaid overtime, said miners struck on Thursday.|the miners walked out",
        "Miners struck on Thursday.|the miners walked out",
        "The miners walked out to pickets on Thursday.|the miners walked out",
        "The port authority closed the ferry line to Osk, Lisk and Tarn on Thursday.|the ferry line closed",
        "The miners walked out at pits in Osk, Lisk and Tarn on Thursday.|the miners walked out",
        "The port authority closed the ferry line, effective Thursday.|the ferry line closed",
        "Ferries from Osk, which carry 900 commuters a day, halted on Thursday.|the ferry line closed",
        "Miners in Lisk, who had worked without pay for months, struck on Thursday.|the miners walked out",
    })
    void the_date_holds_the_past_day_whatever_stands_between(String sentence, String event) {
        assertThat(read(sentence)).containsExactly(event + " 2025-03-06..2025-03-06");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A ferry stoppage is expected on Friday.|the ferry line closed",
        "The ferry stoppage, expected on Friday, will strand islanders.|the ferry line closed",
        "A miners' strike is expected on Friday.|the miners walked out",
    })
    void an_event_awaited_on_a_day_is_dated_forward(String sentence, String event) {
        assertThat(read(sentence, "2025-03-04")).containsExactly(event + " 2025-03-07..2025-03-07"); // before the sheet's day
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The port authority closed the ferry line and the crews repaired the pier on Thursday.",
        "The miners walked out and the owners locked the gates on Thursday.",
    })
    void a_date_after_another_clause_joined_by_and_is_not_taken(String sentence) {
        assertThat(read(sentence)).isEmpty();
    }
}
