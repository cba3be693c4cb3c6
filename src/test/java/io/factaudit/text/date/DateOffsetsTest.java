package io.factaudit.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateOffsetsTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);

    /** "words from..to" for the last sentence of the text (sentences end at a period and a space), read in its passage. */
    private static List<String> last(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
            sentences.add(new Span(start, i + 1));
            start = i + 2;
        }
        Span sentence = new Span(start, text.length());
        return new DateResolver(PUBLISHED).find(text, sentence, sentences).stream()
            .map(d -> text.substring(d.span().start(), d.span().end()) + " " + d.from() + ".." + d.to()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a distance counts from the date stated before it in the passage")
    @CsvSource(delimiter = '|', value = {
        "Two days later, the river crested.|Two days later 2025-03-08..2025-03-08",
        "A week earlier, engineers had warned.|A week earlier 2025-02-24..2025-03-02",
        "The next day, the river crested.|The next day 2025-03-07..2025-03-07",
        "The day before, engineers had warned.|The day before 2025-03-05..2025-03-05",
        "The river crested two days after.|two days after 2025-03-08..2025-03-08",
        "Engineers had warned three days before.|three days before 2025-03-03..2025-03-03",
        "A day earlier, engineers had warned.|A day earlier 2025-03-05..2025-03-05"})
    void should_count_from_the_passage_date(String sentence, String expected) {
        assertThat(last("The dam failed on March 6. " + sentence)).containsExactly(expected);
    }

    @Test
    @DisplayName("another form of the earlier date, a span: the same distance from it")
    void should_count_from_any_date_form() {
        assertThat(last("The dam failed on Thursday. Two days later, the river crested."))
            .containsExactly("Two days later 2025-03-08..2025-03-08");
        assertThat(last("The dam failed in February. A month later, the river crested."))
            .containsExactly("A month later 2025-03-01..2025-03-28");
    }

    @Test
    @DisplayName("a distance counts from the distance before it")
    void should_chain_distances() {
        assertThat(last("The dam failed on March 6. The next day, rain fell, and two days later the river crested."))
            .containsExactly("The next day 2025-03-07..2025-03-07", "two days later 2025-03-09..2025-03-09");
    }

    @Test
    @DisplayName("\"before\" or \"after\" with what follows dates that, from the date before it in the sentence")
    void should_date_what_follows_from_the_sentence_date() {
        assertThat(last("The mayor spoke on Tuesday, three days before the council votes."))
            .containsExactly("Tuesday 2025-03-11..2025-03-11", "three days before 2025-03-14..2025-03-14");
        assertThat(last("The council met on Friday, a week after the dam failed."))
            .containsExactly("Friday 2025-03-07..2025-03-07", "a week after 2025-02-28..2025-02-28");
    }

    @Test
    @DisplayName("with nothing before it in its sentence, \"a week after the vote\" dates nothing")
    void should_not_date_from_the_passage_what_follows() {
        assertThat(last("The dam failed on March 6. Three days before the vote, the mayor spoke.")).isEmpty();
        assertThat(last("Ten days after the rain began, the agency published its count.")).isEmpty();
    }

    @Test
    @DisplayName("with no date stated before, a distance of its own keeps the article's date")
    void should_keep_the_article_reading_without_an_anchor() {
        assertThat(last("A day earlier, engineers had warned.")).containsExactly("A day earlier 2025-03-11..2025-03-11");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a distance opening its sentence before a main clause in the present counts from the article's date")
    @CsvSource(delimiter = '|', value = {
        "Three days after the levee broke, crews are still pumping water.|Three days after 2025-03-09..2025-03-09",
        "Two weeks after the ferry sank, divers have found the hull.|Two weeks after 2025-02-26..2025-02-26",
        "A week after the strike began, the union says talks have stalled.|A week after 2025-03-05..2025-03-05",
        "Nearly ten days after the vote, officials say the count is final.|Nearly ten days after 2025-03-02..2025-03-02",
        "Two days before the vote, campaigners are knocking on doors.|Two days before 2025-03-14..2025-03-14"})
    void should_count_from_the_article_date_before_a_present_clause(String sentence, String expected) {
        assertThat(last(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a past or future main clause, or a distance inside the sentence, gives it nothing to count from")
    @CsvSource(delimiter = '|', value = {"Three days after the levee broke, crews pumped out the town.",
        "Three days after the levee broke, officials said the town was safe.",
        "Three days after the levee breaks, crews will pump out the town.",
        "Crews pumped out the town, three days after the levee broke.",
        "Thousands marched in Osk two days after the council closed the library.",
        "Crowds will march in Osk two days after the council votes."})
    void should_not_count_from_the_article_date_otherwise(String sentence) {
        assertThat(last(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a distance after a clause in the present dates what follows it back from the article's date")
    @CsvSource(delimiter = '|', value = {
        "Crews are still pumping, three days after the levee broke.|three days after 2025-03-09..2025-03-09",
        "Thousands march in Osk, Lisk and Brill two days after the council closed the library|two days after 2025-03-10..2025-03-10",
        "Roads remain closed a week after the storm hit the coast.|a week after 2025-03-05..2025-03-05",
        "Nurses strike in Tarn a fortnight after the ministry cut their pay|a fortnight after 2025-02-26..2025-02-26",
        "The ferry still runs two days before the bridge opens.|two days before 2025-03-14..2025-03-14"})
    void should_count_from_the_article_date_after_a_present_clause(String sentence, String expected) {
        assertThat(last(sentence)).containsExactly(expected);
    }
}
