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

/**
 * An event named by its noun as the subject of another act, a passive or a verb of its course
 * ("the closure of the tunnel will be reviewed on Tuesday", "the walkout continued on Tuesday"):
 * the date is that act's, not the event's; a verb of taking place or of setting going keeps it.
 */
class ActOnTheEventDateTest {

    /** A Wednesday: the Tuesday before is the 11th. */
    private static final String PUBLISHED = "2025-03-12";

    private static final Facts SHEET = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
        new Event("the Lisk tunnel closed", LocalDate.of(2025, 3, 11),
            List.of("closure of the tunnel", "tunnel closure"), new FactLocation("features/tunnel.feature", 7)),
        new Event("the dockers' strike", LocalDate.of(2025, 3, 11), List.of("strike", "walkout"),
            new FactLocation("features/docks.feature", 7))), Policy.DEFAULT);

    private static List<String> read(String text) {
        return new EventDateReader().read(Sheets.article(text, PUBLISHED), SHEET).stream()
            .map(EventDateClaim.class::cast).map(c -> c.from() + ".." + c.to()).toList();
    }

    private static List<String> reasons(String text) {
        return new EventDateReader().decisions(Sheets.article(text, PUBLISHED), SHEET).stream()
            .filter(d -> !d.isClaim()).map(DateDecision::reason).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("two topics, a passive or a verb of going on or ending, another date form")
    @ValueSource(strings = {"The closure of the tunnel will be reviewed on Tuesday.",
        "The tunnel closure was debated by councillors yesterday.",
        "The strike was discussed at a meeting on March 11.",
        "The walkout was postponed on Tuesday.",
        "The walkout continued on Tuesday.",
        "The tunnel closure remained in force on March 11.",
        "The strike ended yesterday.",
        "The closure of the tunnel is set to end on Tuesday.",
        "Drivers complained as the tunnel closure continued on Tuesday.",
        "The strike resumed on Tuesday.",
        "The closure of the tunnel, which was challenged in court on Tuesday, angered drivers.",
        "The walkout that was called off yesterday had shut the port."})
    void should_give_the_date_to_the_other_act(String sentence) {
        assertThat(read(sentence)).isEmpty();
        assertThat(reasons(sentence)).contains(DateDecision.ANOTHER_ACT);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a verb of taking place or of setting going, the noun's own date, the event's own verb")
    @ValueSource(strings = {"The strike began on Tuesday.",
        "The walkout was launched on March 11.",
        "The closure of the tunnel took place yesterday.",
        "The strike came on Tuesday after talks failed.",
        "The walkout was planned for March 11, 2025.",
        "The closure of the tunnel on Tuesday angered drivers.",
        "The Lisk tunnel closed on Tuesday.",
        "The strike, which began on Tuesday, shut the port."})
    void should_date_the_event(String sentence) {
        assertThat(read(sentence)).containsExactly("2025-03-11..2025-03-11");
    }
}
