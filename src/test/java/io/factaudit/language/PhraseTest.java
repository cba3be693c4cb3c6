package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTest {

    private static final Gap ONE_MODIFIER = Gap.of(1, (w, i) -> Lexicon.isModifier(w.get(i)));

    private static List<String> found(String sheetPhrase, String sentence, Gap gap) {
        Document d = new Document(new Article("a.txt", sentence, LocalDate.of(2024, 11, 1), LineMap.of(sentence)));
        SentenceWords w = d.words(d.sentences().get(0));
        return new PhraseIndex<String>().add("x", sheetPhrase).find(w, gap).stream()
            .map(f -> d.textOf(w.span(f.first(), f.last()))).toList();
    }

    @Test
    void should_find_a_phrase_in_its_inflected_forms() {
        assertThat(found("engaged in combat", "They are engaging in combat.", Gap.NONE)).containsExactly("engaging in combat");
        assertThat(found("fighting", "They fought, and they fight.", Gap.NONE)).containsExactly("fought", "fight");
        assertThat(found("moved into Kursk", "Troops have been moved to Kursk.", Gap.NONE)).containsExactly("moved to Kursk");
    }

    @Test
    void should_skip_determiners_and_let_a_gap_hold_what_it_allows() {
        assertThat(found("engaged in combat", "They engaged in active combat.", ONE_MODIFIER))
            .containsExactly("engaged in active combat");
        assertThat(found("engaged in combat", "They engaged in active combat.", Gap.NONE)).isEmpty();
        assertThat(found("signed a treaty", "They signed the treaty.", Gap.NONE)).containsExactly("signed the treaty");
    }

    @Test
    void should_not_read_a_definite_sheet_phrase_into_an_indefinite_one() {
        assertThat(found("signed the treaty", "Russia signed a treaty with Iran.", Gap.NONE)).isEmpty();
    }

    @Test
    void should_match_words_written_in_capitals_only_in_capitals() {
        assertThat(found("NIS", "The NIS said so.", Gap.NONE)).containsExactly("NIS");
        assertThat(found("NIS", "The nis said so.", Gap.NONE)).isEmpty();
    }

    @Test
    void should_prefer_the_longer_of_overlapping_phrases() {
        PhraseIndex<String> index = new PhraseIndex<String>().add("short", "in combat").add("long", "engaged in combat");
        String s = "They engaged in combat.";
        Document d = new Document(new Article("a.txt", s, LocalDate.of(2024, 11, 1), LineMap.of(s)));
        assertThat(index.find(d.words(d.sentences().get(0)), Gap.NONE)).extracting(PhraseIndex.Found::owner)
            .containsExactly("long");
    }
}
