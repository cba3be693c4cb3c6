package io.factaudit.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenizes as OpenNLP's {@link TokenizerME} does, remembering how each word splits.
 * TokenizerME cuts text at whitespace, then decides the splits inside each whitespace-free word
 * ("Korea's", "10,000.", "(NIS)") from that word's characters alone; news repeats its words, so
 * a word's splits are computed once and reused. The memory is bounded: past {@link #CAPACITY}
 * words, new words are split without being remembered.
 */
final class WordSplits {

    static final int CAPACITY = 50_000;

    /** Each word's tokens as offsets in the word: start, end, start, end, ... */
    private final Map<String, int[]> splits = new ConcurrentHashMap<>();

    /** The token spans of a text, exactly those of {@code tokenizer.tokenizePos(text)}. */
    Span[] tokenize(String text, TokenizerME tokenizer) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> tokens = new ArrayList<>(words.length + words.length / 4);
        for (Span word : words) {
            int[] cuts = splitsOf(text.substring(word.getStart(), word.getEnd()), tokenizer);
            for (int i = 0; i < cuts.length; i += 2) {
                tokens.add(new Span(word.getStart() + cuts[i], word.getStart() + cuts[i + 1]));
            }
        }
        return tokens.toArray(new Span[0]);
    }

    private int[] splitsOf(String word, TokenizerME tokenizer) {
        int[] cuts = splits.get(word);
        if (cuts != null) {
            return cuts;
        }
        Span[] parts = tokenizer.tokenizePos(word);
        cuts = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            cuts[2 * i] = parts[i].getStart();
            cuts[2 * i + 1] = parts[i].getEnd();
        }
        if (splits.size() < CAPACITY) {
            splits.put(word, cuts);
        }
        return cuts;
    }
}
