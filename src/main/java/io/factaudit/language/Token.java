package io.factaudit.language;

import io.factaudit.article.Span;

/** A word or punctuation mark with its part-of-speech tag (Universal Dependencies tags: NOUN, VERB, ...). */
public record Token(Span span, String text, String tag) {

    public boolean isVerb() {
        return tag.equals("VERB") || tag.equals("AUX");
    }
}
