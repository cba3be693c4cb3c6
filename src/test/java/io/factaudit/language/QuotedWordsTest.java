package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedWordsTest {

    private static List<String> words(String text) {
        return QuotedWords.of(text).stream().map(SpokenWord::text).toList();
    }

    @Test
    void should_set_case_punctuation_quote_marks_and_diacritics_aside() {
        assertThat(words("Türkiye’s “North-West”, U.S.!")).containsExactly("turkiye's", "north", "west", "us");
    }

    @Test
    void should_spell_out_contractions_so_both_forms_compare_equal() {
        assertThat(words("It's not possible; we've seen it, they won't go, I can't")).isEqualTo(
            words("It is not possible; we have seen it, they will not go, I can not"));
        assertThat(words("Russia's army")).containsExactly("russia's", "army");
    }

    @Test
    void should_mark_the_word_after_an_ellipsis_as_after_a_cut() {
        List<SpokenWord> words = QuotedWords.of("trained on \u2026 I fully expect... soon");
        assertThat(words).extracting(SpokenWord::afterCut).containsExactly(false, false, true, false, false, true);
    }

    @Test
    void should_keep_where_each_word_stands() {
        String text = "“It's here”";
        List<SpokenWord> words = QuotedWords.of(text);
        assertThat(text.substring(words.get(0).start(), words.get(0).end())).isEqualTo("It's");
        assertThat(text.substring(words.get(2).start(), words.get(2).end())).isEqualTo("here");
    }
}
