package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "put <what is counted> at N" with no determiner before the object; sentences written for this test. */
class PutAtTest {

    private static final Facts FACTS = new SheetFixture()
        .names("job cuts | layoffs, job losses", "storm deaths | deaths, killed", "Norbek | the company")
        .estimates("job cuts", "Norbek | 2031-03-04 | 900")
        .estimates("storm deaths", "Norbek | 2031-03-04 | 12")
        .facts();

    private static List<String> read(String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-03-05"), FACTS).stream()
            .map(CountClaim.class::cast).map(c -> c.subject() + " " + c.interval().low() + " " + c.source()).toList();
    }

    @Test
    void an_object_that_is_what_a_subject_counts_needs_no_determiner_whatever_its_modifier() {
        for (String modifier : List.of("", "U.S. ", "Ostland ", "new ")) {
            assertThat(read("Norbek announced the plan on Tuesday and put " + modifier + "job losses at 900, without naming plants."))
                .as(modifier).containsExactly("job cuts 900 Norbek");
            assertThat(read("Norbek put " + modifier + "storm deaths at 12 on Friday."))
                .as(modifier).containsExactly("storm deaths 12 Norbek");
        }
    }

    @Test
    void an_object_that_is_not_counted_is_not_read() {
        assertThat(read("Norbek put prices at 900, without naming plants.")).isEmpty();
    }

    @Test
    void an_initialism_is_one_word() {
        List<Words.Word> words = Words.of("The U.S. and the U.K. agreed.", new io.factaudit.article.Span(0, 29));
        assertThat(words).extracting(Words.Word::written).containsExactly("The", "U.S.", "and", "the", "U.K.", "agreed", ".");
    }

    @Test
    void a_verb_of_saying_that_gives_a_figure_reads_as_put_whatever_the_verb_and_subject() {
        for (String verb : List.of("put", "estimated", "reckoned", "assessed", "calculated", "gauged")) {
            assertThat(read("On Friday Norbek " + verb + " the job losses at 900.")).as(verb).containsExactly("job cuts 900 Norbek");
            assertThat(read("Norbek " + verb + " the death toll at 12, without naming towns.")).as(verb)
                .containsExactly("storm deaths 12 Norbek");
        }
    }

    @Test
    void a_verb_of_saying_with_an_object_that_is_not_counted_reads_nothing() {
        assertThat(read("Norbek estimated the damage at 900 on Friday.")).isEmpty();
    }
}
