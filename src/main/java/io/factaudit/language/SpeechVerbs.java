package io.factaudit.language;

import io.factaudit.article.Span;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that attribute speech: verbs ("said", "told", "warned", "remarked") and phrases
 * ("according to", "put it"). Words that are as often nouns ("remarks", "warning") are left out.
 * Next to a quote every verb of saying of the lexicon (WordNet) attributes it; for the passage's
 * speaker this short list stays, because the whole class took "X's confirmation marked a turning
 * point" for an attribution and gave a false misattributed quote.
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

    /**
     * A verb right next to a quote ("“…,” Lee conceded", "“…,” stressed Lee"): there any verb of
     * saying of the lexicon (WordNet) attributes it, but for its -s and -ing forms, which are as
     * often nouns.
     */
    public static boolean isVerbNextToQuote(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return isVerb(lower) || VerbsOfSaying.contains(lower) && !lower.endsWith("ing")
            && !(lower.endsWith("s") && !lower.endsWith("ss"));
    }

    /** The speech verbs and phrases of a short attribution next to a quote, in order. */
    public static List<Span> findNextToQuote(CharSequence text) {
        return find(text, SpeechVerbs::isVerbNextToQuote);
    }

    /** Every speech verb or phrase in a text, in order, as offsets into that text. */
    public static List<Span> find(CharSequence text) {
        return find(text, SpeechVerbs::isVerb);
    }

    private static List<Span> find(CharSequence text, java.util.function.Predicate<String> verb) {
        List<Span> found = new ArrayList<>();
        Matcher phrase = PHRASES.matcher(text);
        while (phrase.find()) {
            found.add(new Span(phrase.start(), phrase.end()));
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (verb.test(word.group())) {
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
