package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventAnaphorsTest {

    /** A Wednesday. */
    private static final String PUBLISHED = "2025-03-12";

    /** A town's poll, worded as a noun. */
    private static final Facts POLL = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the Osk referendum", LocalDate.of(2025, 3, 4), List.of("Osk referendum", "referendum in Osk"),
            new FactLocation("features/osk.feature", 5))), Policy.DEFAULT);

    private static List<String> days(String text, Facts facts) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), facts).stream().map(EventDateClaim.class::cast)
            .map(c -> c.from() + ".." + c.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the noun of the act named again with a date before it or after 'of'")
    @ValueSource(strings = {"The council approved the budget after a long debate. The March 4 approval lifted bonds.",
        "The council approved the budget after a long debate. The 4 March approval lifted bonds.",
        "The council approved the budget after a long debate. The approval of 4 March lifted bonds.",
        "The council approved the budget after a long debate. The approval of March 4 lifted bonds."})
    void should_date_the_act_named_again(String text) {
        assertThat(days(text, EventSheet.TOWN)).containsExactly("2025-03-04..2025-03-04");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("the head of a noun wording named again")
    @ValueSource(strings = {"The Osk referendum drew long queues. The March 4 referendum lifted bonds.",
        "The Osk referendum drew long queues. The referendum of 4 March lifted bonds.",
        "The Osk referendum drew long queues. The referendum on March 4 lifted bonds."})
    void should_date_the_head_of_a_noun_wording(String text) {
        assertThat(days(text, POLL)).containsExactly("2025-03-04..2025-03-04");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("not the act: never named before, another thing's act, an indefinite noun")
    @ValueSource(strings = {"The March 4 referendum in Lisk lifted bonds.",
        "The Osk referendum drew long queues. The referendum of the Lisk council on March 4 lifted bonds.",
        "The Osk referendum drew long queues. A referendum on March 4 lifted bonds."})
    void should_not_date_another_act(String text) {
        assertThat(days(text, POLL)).isEmpty();
    }

    /** A tunnel closed and hostages freed: two acts worded with a verb, whose nouns WordNet gives synonyms of. */
    private static final Facts ACTS = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("Vanta closed the Lisk tunnel", LocalDate.of(2025, 3, 4), List.of("closed the tunnel"),
            new FactLocation("features/tunnel.feature", 5)),
        new Event("the rebels released the hostages", LocalDate.of(2025, 3, 4), List.of("released the hostages"),
            new FactLocation("features/hostages.feature", 5))), Policy.DEFAULT);

    @ParameterizedTest(name = "{0}")
    @DisplayName("the act named again by a noun WordNet gives for the same act, two topics, two date forms")
    @ValueSource(strings = {"Vanta closed the Lisk tunnel to lorries. The shutdown on March 4 angered hauliers.",
        "Vanta closed the Lisk tunnel to lorries. The March 4 shutdown angered hauliers.",
        "Vanta closed the Lisk tunnel to lorries. Hauliers condemned the closedown of 4 March.",
        "The rebels released the hostages near the border. The freeing on March 4 ended a long siege.",
        "The rebels released the hostages near the border. The March 4 liberation ended a long siege."})
    void should_date_the_act_named_by_a_synonym(String text) {
        assertThat(days(text, ACTS)).containsExactly("2025-03-04..2025-03-04");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a synonym of the act's noun before the act is named, or indefinite, is not the act")
    @ValueSource(strings = {"The shutdown on March 4 angered hauliers.",
        "Vanta closed the Lisk tunnel to lorries. A shutdown on March 4 angered hauliers.",
        "The rebels released the hostages near the border. A liberation on March 4 ended a long siege."})
    void should_not_date_a_synonym_not_yet_named(String text) {
        assertThat(days(text, ACTS)).isEmpty();
    }
}
