package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One sentence as the place rules read it: its words, their part-of-speech tags (tagged on first
 * need) and the sheet's places written in it, with the passage's places for words that point back.
 */
final class PlaceSentence {

    private final Document document;
    private final Span sentence;
    private final List<Words.Word> words;
    private final List<Mention> here;
    private final PlaceMentions passage;
    private Map<Integer, String> tags;

    PlaceSentence(Document document, Span sentence, PlaceMentions passage) {
        this.document = document;
        this.sentence = sentence;
        this.words = Words.of(document, sentence);
        this.here = passage.within(sentence);
        this.passage = passage;
    }

    Document document() {
        return document;
    }

    Span span() {
        return sentence;
    }

    List<Words.Word> words() {
        return words;
    }

    int size() {
        return words.size();
    }

    Words.Word word(int i) {
        return words.get(i);
    }

    /** The index of the first word starting at or after an offset. */
    int indexAt(int offset) {
        return Words.indexAt(words, offset);
    }

    PlaceMentions passage() {
        return passage;
    }

    /** The sheet's places written in the sentence. */
    List<Mention> mentions() {
        return here;
    }

    /** The sheet place whose written name starts at word {@code i}, or null. */
    Mention startingAt(int i) {
        if (i < 0 || i >= words.size()) {
            return null;
        }
        int start = words.get(i).span().start();
        return here.stream().filter(m -> m.span().start() == start).findFirst().orElse(null);
    }

    /** The sheet place whose written name ends with word {@code i} (its possessive aside), or null. */
    Mention endingAt(int i) {
        if (i < 0 || i >= words.size()) {
            return null;
        }
        Span w = words.get(i).span();
        return here.stream().filter(m -> m.span().end() >= w.start() && m.span().end() <= w.end()).findFirst().orElse(null);
    }

    /** The index of the word after a place that starts at word {@code i}. */
    int after(Mention m) {
        return Words.indexAt(words, m.span().end());
    }

    /** A word's universal part-of-speech tag ("" for none); the sentence is tagged the first time one is asked for. */
    String tag(int i) {
        if (tags == null) {
            tags = new HashMap<>();
            for (Token t : document.tokens(sentence)) {
                tags.put(t.span().start(), t.tag());
            }
        }
        return i < 0 || i >= words.size() ? "" : tags.getOrDefault(words.get(i).span().start(), "");
    }

    /** A number starts at word {@code i}: in digits, or spelled ("seven", tagged NUM and no place's name). */
    boolean isNumber(int i) {
        Words.Word w = words.get(i);
        if (Character.isDigit(w.written().charAt(0))) {
            return true;
        }
        Span span = w.span();
        return Character.isLetter(w.written().charAt(0)) && tag(i).equals("NUM")
            && here.stream().noneMatch(m -> m.span().overlaps(span));
    }

    /** Punctuation that closes a clause or a phrase. */
    boolean clauseBreak(int i) {
        return words.get(i).is(",", ";", ".", ":", "?", "!", "\u2014", "(", ")");
    }

    /** "Vesterby's", "the states'": the word ends in a possessive. */
    boolean possessive(int i) {
        String lower = words.get(i).lower();
        return lower.endsWith("'s") || lower.endsWith("s'") || i + 1 < words.size() && words.get(i + 1).is("'")
            && words.get(i + 1).span().start() == words.get(i).span().end();
    }
}
