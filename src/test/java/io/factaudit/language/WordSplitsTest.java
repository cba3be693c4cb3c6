package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class WordSplitsTest {

    private static final List<String> TRICKY = List.of(
        "South Korea's spy agency said 1,500 North Korean troops (special forces) arrived.",
        "\u201cWe\u2019ve not yet seen these troops deploy,\u201d Blinken said \u2014 adding: \"soon\".",
        "U.S. officials put the toll at 10,000-12,000; Kyiv's count was 11,000.",
        "At 9:30 a.m. on Oct. 23, about $2 billion... (or so) moved\u00a0north!",
        "Erdo\u011fan's office: 35,000+ dead, 12 km/h winds, e-mail@example.org, #tags & co.",
        "a  b\tc   double  spaces and trailing space ");

    @Test
    void should_tokenize_exactly_as_the_tokenizer_does_on_tricky_sentences() {
        assertSameTokens(TRICKY);
    }

    @Test
    void should_tokenize_exactly_as_the_tokenizer_does_on_every_line_of_the_seeds() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        assertThat(lines).isNotEmpty();
        assertSameTokens(lines);
    }

    @Test
    void should_give_the_same_tokens_when_words_are_remembered() {
        WordSplits splits = new WordSplits();
        TokenizerME tokenizer = Models.TOKENIZER.get();
        String sentence = TRICKY.get(0);

        List<String> first = covered(sentence, splits.tokenize(sentence, tokenizer));
        List<String> again = covered(sentence, splits.tokenize(sentence, tokenizer));

        assertThat(again).isEqualTo(first).contains("1,500", "(", "special", ")", ".");
    }

    private static void assertSameTokens(List<String> texts) {
        WordSplits splits = new WordSplits();
        TokenizerME tokenizer = Models.TOKENIZER.get();
        for (int round = 0; round < 2; round++) { // the second round reads remembered words
            for (String text : texts) {
                Span[] expected = tokenizer.tokenizePos(text);
                assertThat(splits.tokenize(text, tokenizer)).as(text).containsExactly(expected);
            }
        }
    }

    private static List<String> covered(String text, Span[] spans) {
        return Stream.of(spans).map(s -> s.getCoveredText(text).toString()).toList();
    }
}
