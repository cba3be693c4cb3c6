package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void aWordIsLookedUpOnceWhileTheMemoHasRoom() {
        WordMemo<Integer> memo = new WordMemo<>();
        AtomicInteger lookUps = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(memo.computeIfAbsent("ferryman", w -> {
                lookUps.incrementAndGet();
                return w.length();
            })).isEqualTo(8);
        }
        assertThat(lookUps).hasValue(1);
    }

    @Test
    void pastItsBoundTheMemoStopsGrowingAndStillAnswersTheSame() {
        WordMemo<String> memo = new WordMemo<>();
        int words = WordMemo.CAPACITY + 100;
        for (int i = 0; i < words; i++) {
            memo.computeIfAbsent("word" + i, String::toUpperCase);
        }
        assertThat(memo.size()).isEqualTo(WordMemo.CAPACITY);
        assertThat(memo.computeIfAbsent("word" + (words - 1), String::toUpperCase)).isEqualTo("WORD" + (words - 1));
        assertThat(memo.size()).isEqualTo(WordMemo.CAPACITY);
    }
}
