package io.factaudit.text.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ordinal after a weekday is a day of the month unless a noun follows it: "Friday, the first time ...". */
class OrdinalOfNounTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2031, 5, 20);

    @ParameterizedTest
    @ValueSource(strings = {"first time", "second day", "third straight week", "fourth round"})
    void an_ordinal_of_a_noun_is_no_day_of_the_month(String rest) {
        String text = "The board met on Friday, the " + rest + " it had done so.";
        List<DateMention> dates = new DateResolver(PUBLISHED).find(text);
        assertThat(dates).as(text).noneMatch(d -> d.resolved() && d.from().getDayOfMonth() <= 4 && d.from().getDayOfWeek().getValue() == 5
            && d.span().end() > text.indexOf(rest));
        assertThat(dates).as(text).anyMatch(d -> d.resolved() && d.from().equals(LocalDate.of(2031, 5, 16)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The board met on Friday the 16th.", "The board met on Friday, the 16th, in the capital.",
        "The board met on Friday the 16th of May.", "Friday the 16th falls in the same week."})
    void an_ordinal_alone_or_before_a_verb_is_the_day(String text) {
        assertThat(new DateResolver(PUBLISHED).find(text)).as(text)
            .anyMatch(d -> d.resolved() && d.from().equals(LocalDate.of(2031, 5, 16)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The opening of the bridge on the 16th drew crowds.", "The ferry strike on the 16th was brief.",
        "The 16th will be a holiday.", "The lease ends on the 16th, the agent said."})
    void the_day_alone_before_a_verb_or_a_clause_word_is_a_date(String text) {
        assertThat(new DateResolver(PUBLISHED).find(text)).as(text)
            .anyMatch(d -> d.resolved() && d.from().getDayOfMonth() == 16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The 16th round of talks opened.", "It was the 16th largest port.", "She won the 16th stage easily."})
    void the_ordinal_of_a_noun_or_an_adjective_is_no_day(String text) {
        assertThat(new DateResolver(PUBLISHED).find(text)).as(text).noneMatch(d -> d.resolved() && d.from().getDayOfMonth() == 16);
    }
}
