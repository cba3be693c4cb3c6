package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static List<String> texts(String s) {
        return Words.of(s).stream().map(Word::text).toList();
    }

    @Test
    void should_keep_numbers_whole_and_split_hyphenated_words() {
        assertThat(texts("A 7.8-magnitude quake killed 1,500 at 4:17 a.m."))
            .containsExactly("A", "7.8", "magnitude", "quake", "killed", "1,500", "at", "4:17", "a", ".", "m", ".");
        assertThat(texts("search-and-rescue operations")).containsExactly("search", "and", "rescue", "operations");
    }

    @Test
    void should_split_possessives_and_negations() {
        assertThat(texts("Russia's troops didn't fight; we've seen them")).containsExactly("Russia", "'s", "troops",
            "did", "n't", "fight", ";", "we", "'ve", "seen", "them");
    }

    @Test
    void should_fold_curly_apostrophes_and_abbreviation_periods_while_keeping_positions() {
        String text = "the U.S. says Russia\u2019s";
        List<Word> words = Words.of(text);
        assertThat(words).extracting(Word::text).containsExactly("the", "US", "says", "Russia", "'s");
        Word us = words.get(1);
        assertThat(text.substring(us.span().start(), us.span().end())).isEqualTo("U.S");
    }

    @Test
    void should_tell_punctuation_from_words() {
        List<Word> words = Words.of("troops' \"return\"");
        assertThat(words).extracting(Word::isPunctuation).containsExactly(false, true, true, false, true);
    }
}
