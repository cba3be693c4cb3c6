package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who speaks a quote when the article names the speaker by a pronoun, or not at all again. */
class QuoteSpeakerTest {

    private static final String FIRST = "The pumps at the eastern basin were never tested against a flood of this size";
    private static final String SECOND = "We will publish every inspection record before the council meets in spring";

    private final Facts facts = new SheetFixture()
        .people("Mara Lindqvist | water commissioner | Lindqvist", "Owen Achebe | council chair | Achebe")
        .quotes("Mara Lindqvist | 2025-03-03 | " + FIRST + ". " + SECOND)
        .facts();

    private List<QuoteClaim> read(String text) {
        return new QuoteReader().read(SheetFixture.document(text, "2025-03-04"), facts).stream()
            .map(QuoteClaim.class::cast).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "told reporters", "added", "insisted"})
    void should_give_a_pronoun_to_the_subject_of_the_attribution_not_a_person_named_inside_it(String verb) {
        List<QuoteClaim> claims = read("Lindqvist " + verb + " she looked forward to Achebe's questions at the hearing."
            + " \u201c" + FIRST + ",\u201d she " + verb + ".");
        assertThat(claims).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
    }

    @Test
    void should_give_a_pronoun_to_the_subject_even_when_the_other_person_is_named_plainly() {
        List<QuoteClaim> claims = read("Lindqvist said she would meet Owen Achebe on Tuesday. \u201c" + FIRST
            + ",\u201d she said.");
        assertThat(claims).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
    }

    @Test
    void should_give_a_pronoun_to_a_new_subject_named_after_the_attribution() {
        List<QuoteClaim> claims = read("Lindqvist said the report was late. Then Achebe rose to speak. \u201c" + FIRST
            + ",\u201d he said.");
        assertThat(claims).extracting(QuoteClaim::speaker).containsExactly("Owen Achebe");
    }

    @Test
    void should_keep_the_speaker_of_a_quote_that_goes_on_in_the_next_paragraph() {
        List<QuoteClaim> claims = read("\u201c" + FIRST + ",\u201d Lindqvist said on Monday.\n\n\u201c" + SECOND + ".\u201d");
        assertThat(claims).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist", "Mara Lindqvist");
    }

    @Test
    void should_keep_the_speaker_of_a_quote_that_goes_on_after_adding() {
        List<QuoteClaim> claims = read("\u201c" + FIRST + ",\u201d Lindqvist said, adding that the basin would reopen"
            + " within weeks once the repairs and the inspections of every pump were done: \u201c" + SECOND + ".\u201d");
        assertThat(claims).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist", "Mara Lindqvist");
    }

    @Test
    void should_not_carry_a_speaker_past_another_person_named_between() {
        List<QuoteClaim> claims = read("\u201c" + FIRST + ",\u201d Lindqvist said.\n\nAchebe disagreed.\n\n\u201c" + SECOND
            + ".\u201d");
        assertThat(claims).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the commissioner's spokesman told reporters", "an aide to the commissioner said",
        "the commissioner's office said in a statement"})
    void should_name_no_speaker_where_someone_unnamed_speaks_for_a_person(String attribution) {
        List<QuoteClaim> claims = read("Lindqvist was not at the hearing. \u201c" + FIRST + ",\u201d " + attribution + ".");
        assertThat(claims).extracting(QuoteClaim::speaker).containsOnlyNulls();
    }

    @ParameterizedTest
    @ValueSource(strings = {"told Achebe", "told Achebe on Monday", "wrote to Achebe"})
    void should_give_a_quote_told_to_someone_to_the_teller(String told) {
        List<QuoteClaim> claims = read("\u201c" + FIRST + ",\u201d Lindqvist " + told + ".");
        assertThat(claims).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
    }

    @Test
    void should_read_a_fragment_of_five_words() {
        List<QuoteClaim> claims = read("Lindqvist called the records public, saying \u201cevery inspection record before"
            + " the council\u201d would be out.");
        assertThat(claims).hasSize(1);
        assertThat(read("Lindqvist spoke of \u201cthe eastern basin\u201d and \u201cthe council\u201d.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "told reporters", "insisted"})
    void should_give_a_quote_to_the_person_whose_name_the_article_misspells(String verb) {
        // "Mara Lindquist" is Mara Lindqvist misspelled: the words are hers (the title check reports the spelling)
        assertThat(read("\u201c" + FIRST + ",\u201d Mara Lindquist, who runs the basin, " + verb + "."))
            .extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
        assertThat(read("Mara Lindquist " + verb + ": \u201c" + FIRST + ".\u201d")).extracting(QuoteClaim::speaker)
            .containsExactly("Mara Lindqvist");
        assertThat(read("Mara Lindquist toured the basin on Monday. \u201c" + FIRST + ",\u201d she " + verb + "."))
            .extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
        assertThat(read("Mara Lindquist toured the basin on Monday. \u201c" + FIRST + ",\u201d Lindquist " + verb + "."))
            .extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
    }

    @Test
    void should_not_take_a_name_two_letters_or_more_away_in_a_short_word_for_the_speaker() {
        // "Marco Lindqvist" changes a whole short first name: someone else, whose words these are not
        assertThat(read("\u201c" + FIRST + ",\u201d said Marco Lindqvist.")).extracting(QuoteClaim::speaker)
            .doesNotContain("Mara Lindqvist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"met Achebe", "thanked Achebe", "spoke with Achebe", "called Owen Achebe"})
    void should_give_a_pronoun_to_the_subject_not_to_the_object_of_the_sentence_before(String object) {
        for (String verb : List.of("said", "told reporters", "added")) {
            List<QuoteClaim> claims = read("Lindqvist " + object + " at the basin on Monday. \u201c" + FIRST
                + ",\u201d she " + verb + ".");
            assertThat(claims).as(object + " / " + verb).extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
        }
    }

    @Test
    void should_give_a_pronoun_to_the_person_named_last_when_that_person_is_the_subject() {
        List<QuoteClaim> claims = read("Lindqvist met Achebe at the basin. Achebe then toured the pumps. \u201c" + FIRST
            + ",\u201d he said.");
        assertThat(claims).extracting(QuoteClaim::speaker).containsExactly("Owen Achebe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"said", "told reporters", "added", "admitted"})
    void should_read_the_speaker_after_a_quote_that_ends_in_a_preposition(String verb) {
        // the quote's last word ("against") is no preposition before the speaker: the quote mark parts them
        String words = "The pumps at the eastern basin were never tested against";
        assertThat(read("\u201c" + words + ",\u201d Lindqvist " + verb + ".")).extracting(QuoteClaim::speaker)
            .containsExactly("Mara Lindqvist");
        assertThat(read("Lindqvist toured the basin. \u201c" + words + ",\u201d she " + verb + "."))
            .extracting(QuoteClaim::speaker).containsExactly("Mara Lindqvist");
    }
}
