package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountDecisionTest {

    @Test
    void explain_names_the_claim_read_or_the_rule_and_the_words_it_looked_at() {
        assertThat(Decided.storm("The agency said another 2,500 evacuees reached the shelters.", "2,500").line())
            .isEqualTo("\"2,500\" set aside [an increment]: \"another\"");
        assertThat(Decided.storm("The agency said 2,500 evacuees reached the shelters.", "2,500").line())
            .isEqualTo("\"2,500\" read as a count of Tarn evacuees [the noun after it]: \"2,500 evacuees\"");
    }

    @Test
    void every_number_of_a_sentence_that_names_a_subject_is_decided_and_other_sentences_are_left_out() {
        String text = Decided.HEADING
            + "Rain fell for 3 days on 40 towns. The agency said 2,500 evacuees, 300 buses and $2 million were sent.";
        List<CountDecision> decisions = new CountReader().decisions(SheetFixture.document(text, "2031-05-04"), Decided.STORM);
        assertThat(decisions).extracting(d -> text.substring(d.number().start(), d.number().end()))
            .containsExactly("2,500", "300", "$2 million");
        assertThat(decisions).filteredOn(CountDecision::isClaim).hasSize(1);
    }

    @Test
    void the_claims_read_are_the_claims_decided() {
        String text = Decided.HEADING + "The agency said 2,500 evacuees had left. Another 300 evacuees came later, the agency said.";
        var document = SheetFixture.document(text, "2031-05-04");
        assertThat(new CountReader().read(document, Decided.STORM)).containsExactlyElementsOf(
            new CountReader().decisions(document, Decided.STORM).stream().filter(CountDecision::isClaim)
                .map(CountDecision::claim).toList());
    }
}
