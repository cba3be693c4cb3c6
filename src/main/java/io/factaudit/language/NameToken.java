package io.factaudit.language;

import io.factaudit.article.Span;

/**
 * A word that may be part of a name or a title, as written ("Erdoğan's" is the word "Erdoğan",
 * possessive; "Gen." keeps its period).
 *
 * @param text       the word without a possessive ending
 * @param span       where the word (without the possessive ending) stands
 * @param possessive the word ends in 's or s'
 */
public record NameToken(String text, Span span, boolean possessive) {

    /** Starts with a capital letter, or with a particle before one ("al-Assad"). */
    public boolean capitalized() {
        if (Character.isUpperCase(text.charAt(0))) {
            return true;
        }
        int hyphen = text.indexOf('-');
        return hyphen > 0 && hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    /** Only capitals ("NATO", "U.S."). */
    public boolean acronym() {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters && text.replace(".", "").length() > 1;
    }

    /** A single capital with a period ("J."), as in a middle initial. */
    public boolean initial() {
        return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
    }
}
