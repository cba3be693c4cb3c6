package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Speakers named the way real articles name them: a pronoun that the text gives another person
 * ("Achebe said he …") passes over that person; a quote signed with a dash; a quote left open at a
 * paragraph's end that the next paragraph reopens and attributes.
 */
class QuoteSpeakerFormsTest {

    private static final String FIRST = "The pumps at the eastern basin were never tested against a flood of this size";

    private final Facts facts = new SheetFixture()
        .people("Mara Lindqvist | water commissioner | Lindqvist", "Owen Achebe | council chair | Achebe")
        .quotes("Mara Lindqvist | 2025-03-03 | " + FIRST)
        .facts();

    private List<QuoteClaim> read(String text) {
        return new QuoteReader().read(SheetFixture.document(text, "2025-03-04"), facts).stream()
            .map(QuoteClaim.class::cast).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "told reporters", "insisted"})
    void should_pass_over_a_person_the_text_calls_by_the_other_pronoun(String verb) {
        String text = "Mara Lindqvist and Owen Achebe toured the basin on Monday. Achebe " + verb
            + " he was satisfied with the repairs. \u201c" + FIRST + ",\u201d she said.";
        assertThat(read(text)).as(text).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
        String courtesy = "Ms. Lindqvist and Mr. Achebe toured the basin on Monday. Mr. Achebe looked at the pumps. \u201c"
            + FIRST + ",\u201d she " + verb + ".";
        assertThat(read(courtesy)).as(courtesy).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
    }

    /** "the commissioner" stands for the person the sheet makes commissioner, not the last person named. */
    @ParameterizedTest
    @ValueSource(strings = {"met", "thanked", "spoke after"})
    void should_give_a_title_with_the_to_the_person_who_holds_it(String verb) {
        String text = "Mara Lindqvist " + verb + " Owen Achebe on Monday. \u201c" + FIRST + ",\u201d the commissioner said.";
        assertThat(read(text)).as(text).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
        String reversed = "Owen Achebe " + verb + " Mara Lindqvist on Monday. \u201c" + FIRST + ",\u201d the commissioner said.";
        assertThat(read(reversed)).as(reversed).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2014", "\u2013"})
    void should_give_a_quote_signed_with_a_dash_to_the_name_after_it(String dash) {
        String text = "\u201c" + FIRST + "\u201d " + dash + " Mara Lindqvist, water commissioner.";
        assertThat(read(text)).as(text).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
        String owner = "\u201c" + FIRST + "\u201d " + dash + " Lindqvist's report to the council.";
        assertThat(read(owner)).as(owner).extracting(QuoteClaim::speaker).containsNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "added"})
    void should_give_a_quote_reopened_in_the_next_paragraph_its_later_attribution(String verb) {
        String text = "The council met on Monday.\n\n\u201c" + FIRST + ". We knew it for years.\n\n\u201cAnd we said nothing,\u201d Lindqvist "
            + verb + ".";
        assertThat(read(text)).as(text).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
        String closed = "The council met on Monday.\n\n\u201c" + FIRST + ".\u201d\n\n\u201cAnd we said nothing,\u201d Achebe "
            + verb + ".";
        assertThat(read(closed)).as(closed).extracting(QuoteClaim::speaker).doesNotContain("Owen Achebe");
    }
}
