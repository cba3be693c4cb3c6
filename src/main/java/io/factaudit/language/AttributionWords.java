package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a name stands in an attribution: as its subject, and with only words of titles beside it. */
final class AttributionWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * The last word (and the one before it) right before a place, with only spaces between: "according
     * to" puts its source after it; a word across a comma or a quote mark ("…go on,” Marrow said")
     * is in another clause.
     */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:(\\p{L}+)\\s+)?(\\p{L}+)\\s*$");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "of", "and");
    /** Words after which a name is not the subject of the sentence. */
    private static final Set<String> NOT_BEFORE_SUBJECT = Set.of("echoing", "citing", "quoting",
        "about", "with", "to", "by", "for", "of", "from", "after", "like", "than", "on", "at", "against", "and", "unlike",
        "before", "beside", "alongside", "told", "asked", "urged", "warned", "met", "called", "thanked", "criticised",
        "criticized", "praised", "joined", "followed", "answered", "contradicted");

    private AttributionWords() {
    }

    /** Between two places stand only punctuation and words of titles ("said Secretary of State Antony Blinken"). */
    static boolean onlyTitleWords(String text, int from, int to) {
        Matcher word = WORD.matcher(text).region(from, to);
        while (word.find()) {
            String w = word.group();
            boolean titleWord = TitleWords.isTitleWord(w) || TitleWords.isHonorific(w) || Countries.isCountryWord(w)
                || ARTICLES.contains(w.toLowerCase(Locale.ROOT)) || Character.isUpperCase(w.charAt(0));
            if (!titleWord) {
                return false;
            }
        }
        return true;
    }

    /** Not a possessive ("Austin's remarks") nor after a preposition ("echoing Austin", "asked about Austin"). */
    static boolean isSubject(String text, Span name) {
        int end = name.end();
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
            && (text.charAt(end + 1) == 's' || Character.isWhitespace(text.charAt(end + 1)))) {
            return false;
        }
        Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, name.start() - 30), name.start());
        if (!before.find() || before.group(0).toLowerCase(Locale.ROOT).startsWith("according to")) {
            return true;
        }
        return !NOT_BEFORE_SUBJECT.contains(before.group(2).toLowerCase(Locale.ROOT));
    }
}
