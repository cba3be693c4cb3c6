package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
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
        "Since the flood, prices have risen, officials said on Monday.",
        "The two capitals signed a trade pact on Monday.", "The president signed the accord into law on Nov. 6."})
    void should_read_no_dated_mention_where_the_event_is_not_dated(String sentence) {
        assertThat(read(sentence, "2024-11-08")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a date in a future clause is the coming one, whatever says it is to come")
    @ValueSource(strings = {"The assembly will ratify the accord on Friday.",
        "The assembly is set to ratify the accord on Friday.", "The assembly is expected to ratify the accord Friday.",
        "The assembly plans to ratify the accord on Friday."})
    void should_date_an_event_to_come_forward(String sentence) {
        // published on a Wednesday before the sheet's day: the coming Friday is two days later
        assertThat(read(sentence, "2024-10-23")).extracting(c -> c.from() + ".." + c.to())
            .containsExactly("2024-10-25..2024-10-25");
    }

    @Test
    @DisplayName("the same date in a past clause is the last one")
    void should_date_an_event_gone_back() {
        assertThat(read("The assembly ratified the accord on Friday.", "2024-11-06"))
            .extracting(c -> c.from() + ".." + c.to()).containsExactly("2024-11-01..2024-11-01");
        assertThat(read("The assembly ratified the accord on Wednesday.", "2024-11-06"))
            .as("the article's own weekday is its day of publication")
            .extracting(c -> c.from() + ".." + c.to()).containsExactly("2024-11-06..2024-11-06");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a date on a verb of saying dates the saying, not the event")
    @ValueSource(strings = {"The assembly ratified the accord, officials said Wednesday.",
        "The assembly ratified the accord, its speaker told reporters on Wednesday.",
        "The flood was the worst in decades, officials announced on Wednesday."})
    void should_not_date_the_event_with_the_date_of_its_saying(String sentence) {
        assertThat(read(sentence, "2024-11-08")).isEmpty();
    }

    @Test
    @DisplayName("the date of a report is the event's when the sheet's event is the report")
    void should_date_a_report_that_is_the_event() {
        Event report = new Event("the province reported its first case", LocalDate.of(2024, 11, 7),
            List.of("reported its first case", "announced its first case"), new FactLocation("features/c.feature", 9));
        Facts facts = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(report), Policy.DEFAULT);
        for (String sentence : List.of("The province reported its first case on Thursday.",
            "The province announced its first case on Thursday.")) {
            assertThat(new EventDateReader().read(Sheets.article(sentence, "2024-11-08"), facts))
                .as(sentence).extracting(c -> ((EventDateClaim) c).from()).containsExactly(LocalDate.of(2024, 11, 7));
        }
    }

    @Test
    void should_keep_a_relative_date_unresolved_in_an_undated_article() {
        EventDateClaim claim = read("Crops were lost in the flood last summer.", null).get(0);
        assertThat(claim.relative()).isTrue();
        assertThat(claim.from()).isNull();
        assertThat(claim.when()).isEqualTo("last summer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "June 12 \u2014 The two capitals signed a defense accord in Harbin.",
        "June 12: The two capitals signed a defense accord in Harbin.",
        "12 June \u2013 The two capitals signed a defense accord in Harbin, with music and flags."})
    void a_date_that_opens_a_timeline_line_dates_the_event_on_it(String line) {
        assertThat(read("How the accord came about\n" + line + "\n", "2024-11-08")).singleElement()
            .satisfies(c -> assertThat(c.from()).isEqualTo(LocalDate.of(2024, 6, 12)));
    }

    @Test
    void a_date_that_opens_a_sentence_without_a_dash_is_no_timeline_line() {
        assertThat(read("June 12 was hot. The two capitals then signed a defense accord in Harbin.", "2024-11-08")).isEmpty();
    }
}
