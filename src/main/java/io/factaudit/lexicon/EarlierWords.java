package io.factaudit.lexicon;

import java.util.Set;

/**
 * Words that place an event or a figure before the article's own: a closed set of English
 * adjectives and adverbs of earlier time, written by hand (WordNet files them among thousands of
 * other adjectives and adverbs, with no class of their own).
 */
public final class EarlierWords {

    /** Adjectives that make an event another, earlier occasion than the article's ("the previous storm", "a similar accident"). */
    public static final Set<String> OTHER_OCCASION = Set.of("previous", "prior", "similar", "earlier", "last", "past", "former");

    /** Adverbs and adjectives that mark a figure as an earlier one ("initially put at 40", "40 were first reported"). */
    public static final Set<String> EARLIER = Set.of("initially", "first", "originally", "earlier", "previously", "ago",
        "formerly", "once");

    private EarlierWords() {
    }
}
