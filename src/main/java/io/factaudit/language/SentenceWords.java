package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.List;

/**
 * The words of one sentence, as the phrase matchers read them. Part-of-speech tags are there for a
 * reader that needs them, computed when first asked: tagging costs far more than reading words.
 */
public final class SentenceWords {

    private final Document document;
    private final Span sentence;
    private final List<Word> words;
    private String[] tags;

    public SentenceWords(Document document, Span sentence) {
        this.document = document;
        this.sentence = sentence;
        this.words = Words.of(document.text(), sentence);
    }

    public Span sentence() {
        return sentence;
    }

    /** The whole article's text, which the words' spans index. */
    public String documentText() {
        return document.text();
    }

    public List<Word> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public Word get(int i) {
        return words.get(i);
    }

    /** The lower-case word at i, or "" outside the sentence. */
    public String lower(int i) {
        return i >= 0 && i < words.size() ? words.get(i).lower() : "";
    }

    /** The Universal Dependencies tag of word i (VERB, AUX, ADV, ADJ, NOUN, PROPN, DET, ADP, ...). */
    public String tag(int i) {
        if (tags == null) {
            tags = tagAll();
        }
        return tags[i];
    }

    /** The index of the word that holds an offset of the article, or -1. */
    public int indexAt(int offset) {
        for (int i = 0; i < words.size(); i++) {
            Span span = words.get(i).span();
            if (span.start() <= offset && offset < span.end()) {
                return i;
            }
        }
        return -1;
    }

    /** The span from word {@code from} through word {@code to}, both included. */
    public Span span(int from, int to) {
        return new Span(words.get(from).span().start(), words.get(to).span().end());
    }

    private String[] tagAll() {
        List<Token> tokens = document.tokens(sentence);
        String[] result = new String[words.size()];
        int t = 0;
        for (int i = 0; i < words.size(); i++) {
            int start = words.get(i).span().start();
            while (t + 1 < tokens.size() && tokens.get(t + 1).span().start() <= start) {
                t++;
            }
            result[i] = tokens.isEmpty() ? "X" : tokens.get(t).tag();
        }
        return result;
    }
}
