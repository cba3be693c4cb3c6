package io.factaudit.language;

import io.factaudit.article.Span;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that attribute speech: the verbs of saying of the lexicon ("said", "told", "warned",
 * "remarked") and phrases ("according to", "put it"). Forms that are as often nouns ("remarks",
 * "warning") are left out.
 */
public final class SpeechVerbs {

    private static final Pattern PHRASES = Pattern.compile("\\b(?:according to|put it|in the words of)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private SpeechVerbs() {
    }

    public static boolean isVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        // the -s and -ing forms of many verbs of saying are as often nouns ("remarks", "warning", "reports")
        return VerbsOfSaying.contains(lower) && !(lower.endsWith("ing") || lower.endsWith("s") && !lower.endsWith("ss")
            && !lower.equals("says"));
    }

    /** Every speech verb or phrase in a text, in order, as offsets into that text. */
    public static List<Span> find(CharSequence text) {
        List<Span> found = new ArrayList<>();
        Matcher phrase = PHRASES.matcher(text);
        while (phrase.find()) {
            found.add(new Span(phrase.start(), phrase.end()));
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (isVerb(word.group())) {
                found.add(new Span(word.start(), word.end()));
            }
        }
        found.sort(null);
        return found;
    }

    /** Whether the phrase found at a place puts the speaker after it ("according to X"). */
    public static boolean speakerFollows(CharSequence text, Span verb) {
        String v = text.subSequence(verb.start(), verb.end()).toString().toLowerCase(Locale.ROOT);
        return v.startsWith("according") || v.startsWith("in the words");
    }
}
