package io.factaudit.language;

import io.factaudit.article.Span;

/**
 * A word or punctuation mark as the matchers read it.
 *
 * @param span  where it stands in the article
 * @param text  as written (folded: straight apostrophes, no diacritics)
 * @param lower lower case, for closed-class words ("not", "the", "if")
 * @param stem  the stem its inflected forms share ({@link Inflections#stem})
 */
public record Word(Span span, String text, String lower, String stem) {

    public boolean isPunctuation() {
        return !Character.isLetterOrDigit(text.charAt(0)) && !(text.charAt(0) == '\'' && text.length() > 1);
    }

    public boolean is(String lowerCase) {
        return lower.equals(lowerCase);
    }

    /** Written in capitals ("NIS", "US"): such sheet spellings match only in capitals. */
    public boolean isCapitals() {
        return text.length() > 1 && text.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }
}
