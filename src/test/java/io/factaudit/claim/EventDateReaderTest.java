package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventDateReaderTest {

    private static List<EventDateClaim> read(String text, String published) {
        return new EventDateReader().read(Sheets.article(text, published), Sheets.contingent()).stream()
            .map(EventDateClaim.class::cast).toList();
    }

    /** "words: event from..to" for each claim. */
    private static List<String> described(String text) {
        return read(text, "2024-11-08").stream().map(c -> c.text() + ": " + c.event() + " " + c.from() + ".." + c.to())
            .toList();
    }

    @Test
    void should_read_the_date_attached_to_an_event() {
        assertThat(described("The two capitals signed a defense accord in Harbin in June, officials recalled."))
            .containsExactly("signed a defense accord in Harbin in June: Northland and Southland signed an accord"
                + " 2024-06-01..2024-06-30");
    }

    @Test
    void should_read_a_wording_split_by_its_date() {
        assertThat(described("The assembly voted on Wednesday to ratify the accord."))
            .containsExactly("assembly voted on Wednesday to ratify: the assembly ratified the accord 2024-11-06..2024-11-06");
    }

    @Test
    void should_read_a_wording_object_first() {
        assertThat(described("It rests on the accord that the two leaders signed in June."))
            .containsExactly("accord that the two leaders signed in June: Northland and Southland signed an accord"
                + " 2024-06-01..2024-06-30");
    }

    @Test
    void should_read_a_date_after_an_aside_or_a_participle() {
        assertThat(described("The first flood, the worst in decades, hit the valley on Aug. 6."))
            .containsExactly("first flood, the worst in decades, hit the valley on Aug. 6: the river flood"
                + " 2024-08-06..2024-08-06");
        assertThat(described("The flood, which hit the valley on Aug. 7, cut the road."))
            .containsExactly("flood, which hit the valley on Aug. 7: the river flood 2024-08-07..2024-08-07");
        assertThat(read("The flood, reported on Aug. 7, cut the road.", "2024-11-08")).as("a date of reporting").isEmpty();
    }

    @Test
    void should_reach_a_date_past_words_in_parentheses() {
        assertThat(described("The first flood hit at 4:17 a.m. local time (0117 GMT) on Aug. 6 near the dam."))
            .containsExactly("first flood hit at 4:17 a.m. local time (0117 GMT) on Aug. 6: the river flood"
                + " 2024-08-06..2024-08-06");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The accord still needs a signature before it can enter into force.",
        "The senate approved the accord on Wednesday.", "The president signed the law ratifying the accord this month.",
        "The assembly will ratify the accord on Friday.", "Since the flood, prices have risen, officials said on Monday.",
        "The two capitals signed a trade pact on Monday.", "The president signed the accord into law on Nov. 6."})
    void should_read_no_dated_mention_where_the_event_is_not_dated(String sentence) {
        assertThat(read(sentence, "2024-11-08")).isEmpty();
    }

    @Test
    void should_keep_a_relative_date_unresolved_in_an_undated_article() {
        EventDateClaim claim = read("Crops were lost in the flood last summer.", null).get(0);
        assertThat(claim.relative()).isTrue();
        assertThat(claim.from()).isNull();
        assertThat(claim.when()).isEqualTo("last summer");
    }
}
