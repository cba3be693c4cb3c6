package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "N people" of whom the clause says nothing the sheet counts are a subject's only through their
 * source when that source estimates that subject alone ({@link PeopleNotCounted}): a source with
 * figures for several subjects (the lake police give deaths, missing and rescued) does not say which
 * one "90 people on board" would be, so no count is read, under another verb of saying, topic and
 * number form. What the clause says of them still makes them the count. Sentences invented for this test.
 */
class SourceOfSeveralSubjectsTest {

    static final Facts LAKE = new SheetFixture()
        .names("launch deaths | deaths, dead, died, drowned, toll",
            "passengers missing | missing, people missing, unaccounted for",
            "passengers rescued | survivors, rescued, people rescued",
            "Lake Police | the lake police, police")
        .estimates("launch deaths", "Lake Police | 2031-05-02 | 14")
        .estimates("passengers missing", "Lake Police | 2031-05-02 | 30")
        .estimates("passengers rescued", "Lake Police | 2031-05-02 | 60").facts();

    static final Facts MINE = new SheetFixture()
        .names("miners trapped | trapped, trapped miners, missing", "miners rescued | rescued, brought out, survivors",
            "Kell Mining | the company")
        .estimates("miners trapped", "Kell Mining | 2031-05-02 | 22")
        .estimates("miners rescued", "Kell Mining | 2031-05-02 | 7").facts();

    private static List<CountClaim> counts(Facts facts, String text) {
        return SheetFixture.counts(text, "2031-05-04", facts);
    }

    @Test
    void people_only_a_source_of_several_subjects_vouches_for_are_not_counted() {
        for (String saying : List.of("police said", "police told reporters", "according to the lake police")) {
            for (String number : List.of("90", "about 90", "twelve")) {
                String text = "Launch sinks on Lake Vorn\n\nThe launch sank with " + number + " people on board, " + saying + ".";
                assertThat(counts(LAKE, text)).as(text).isEmpty();
            }
        }
        String mine = "Roof falls at Kell\n\nThe company said 40 people were underground at the time.";
        assertThat(counts(MINE, mine)).as(mine).isEmpty();
    }

    @Test
    void what_the_clause_says_of_them_makes_them_the_count() {
        assertThat(counts(LAKE, "Launch sinks on Lake Vorn\n\nPolice said 14 people drowned.")).extracting(CountClaim::subject)
            .containsExactly("launch deaths");
        assertThat(counts(MINE, "Roof falls at Kell\n\nThe company said 22 people were trapped.")).extracting(CountClaim::subject)
            .containsExactly("miners trapped");
        Decided.storm("The agency said 12,000 people were evacuated.", "12,000").readAs("Tarn evacuees");
    }
}
