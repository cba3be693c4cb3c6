package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that attribute speech: verbs ("said", "told", "warned", "remarked") and phrases
 * ("according to", "put it"). Words that are as often nouns ("remarks", "warning") are left out.
 * Still a hand list: the lexicon's verbs of saying (WordNet) let the passage's speaker be taken
 * from sentences such as "X's confirmation marked a turning point" and gave false misattributions;
 * the quote reader needs the verb's place next to the quote first (see the closing note of issue 15).
 */
public final class SpeechVerbs {

    private static final Set<String> VERBS = Set.of(
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "warn", "warns", "warned", "noted", "noting", "stated", "stating", "remark", "remarked", "write", "writes",
        "wrote", "writing", "declare", "declares", "declared", "declaring", "insist", "insists", "insisted",
        "explain", "explains", "explained", "argue", "argues", "argued", "replied", "acknowledged", "conceded",
        "concedes", "admitted", "admits", "announced", "announces", "confirmed", "confirms", "urged", "urges",
        "cautioned", "stressed", "stresses", "emphasized", "emphasised", "observed", "commented", "tweeted",
        "recalled", "recalls", "concluded", "asked", "asks", "asserted", "asserts", "predicted", "vowed", "pledged",
        "promised", "maintained", "wondered", "quipped", "exclaimed", "responded", "suggested", "testified");

    private static final Pattern PHRASES = Pattern.compile("\\b(?:according to|put it|in the words of)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private SpeechVerbs() {
    }

    public static boolean isVerb(String word) {
        return VERBS.contains(word.toLowerCase(Locale.ROOT));
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
