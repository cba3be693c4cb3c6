package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.FigureVerbs;
import io.factaudit.lexicon.ReportNouns;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.List;
import java.util.Set;

/**
 * The words that make a name in a sentence the source of what it says: a verb of saying or of
 * giving a figure ("X said", "X put the toll at"), "according to X" (also through what X issued:
 * "according to a tally from X"), "said X", a possessive count or report ("X's tally", "X's latest
 * bulletin"), a pronoun or a role noun that speaks ("he said", "the agency said").
 */
final class AttributionCues {

    static final int VERB_REACH = 12;
    /** How far back "according to" may stand when a noun group names what the source issued. */
    private static final int NESTED_REACH = 10;

    private AttributionCues() {
    }

    /** A mention that is cited, not merely named: a reporting verb, "according to", a possessive count. */
    static boolean cued(List<Words.Word> words, int mi, int mEnd) {
        return cuedBefore(words, mi, mEnd) || scan(words, mEnd, possessive(words, mi, mEnd)) != NOTHING;
    }

    /**
     * Where the verb of saying stands when it is all that cues a mention, a verb after it ("X's shelters took
     * in 40, Y said"), or -1: the verb may be another name's, which stands as its subject.
     */
    static int onlyVerbAfter(List<Words.Word> words, int mi, int mEnd) {
        return cuedBefore(words, mi, mEnd) ? -1 : Math.max(-1, scan(words, mEnd, possessive(words, mi, mEnd)));
    }

    private static boolean possessive(List<Words.Word> words, int mi, int mEnd) {
        return words.get(Math.min(mi, words.size() - 1)).lower().endsWith("'s")
            || mEnd > 0 && mEnd - 1 < words.size() && words.get(mEnd - 1).lower().endsWith("'s")
            || mEnd < words.size() && words.get(mEnd).lower().equals("'");
    }

    /** The cues that are not a verb after the mention: "according to X", "said X", "X's tally", "X, which ..., said". */
    private static boolean cuedBefore(List<Words.Word> words, int mi, int mEnd) {
        if (accordingTo(words, mi)) {
            return true;
        }
        boolean possessive = possessive(words, mi, mEnd);
        // "..., said X"; but a possessive after the verb owns what is said ("says X's cuts will reach"), it does not speak
        if (mi >= 1 && saidBy(words.get(mi - 1)) && !possessive && !addressee(words, mi - 1)) {
            return true;
        }
        if (mi >= 2 && saidBy(words.get(mi - 2)) && words.get(mi - 1).is("the") && !possessive && !addressee(words, mi - 2)) {
            return true;
        }
        return figuresFrom(words, mi) || SpeaksFor.said(words, mi) || speaksPastRelative(words, mEnd) || countModifier(words, mi, mEnd)
            || ReportOfFigure.holds(words, mi, mEnd);
    }

    /** What the scan after a mention found: nothing. */
    private static final int NOTHING = -1;
    /** What the scan after a mention found: a noun of figures after a possessive ("X's latest tally"). */
    private static final int FIGURE_NOUN = -2;

    /** The index of the verb of saying after a mention, {@link #FIGURE_NOUN} for a possessive's figure noun, or {@link #NOTHING}. */
    private static int scan(List<Words.Word> words, int mEnd, boolean possessive) {
        int depth = 0;
        for (int i = mEnd; i < Math.min(words.size(), mEnd + VERB_REACH); i++) {
            Words.Word w = words.get(i);
            if (w.is(";", ".", "?", "!", ":")) {
                break;
            }
            if (w.is(",")) {
                depth++;
                if (depth > 2) {
                    break;
                }
                continue;
            }
            if (FigureVerbs.reportVerb(w.lower()) && !w.is("according") && !w.capitalized()) {
                return i; // a capital is a name ("United States"), not the verb "states"
            }
            if (possessive && i < mEnd + 6 && (SubjectProfile.GENERIC_COUNT_NOUNS.contains(w.lower())
                || FIGURE_NOUNS.contains(w.lower()) || i < mEnd + 3 && ReportNouns.contains(w.lower()))) {
                return FIGURE_NOUN;
            }
            if (w.lower().equals("that") && depth == 0 && i > mEnd + 1) {
                break;
            }
        }
        return NOTHING;
    }

    /** Nouns for the figures a source keeps, besides the count nouns: "X's data", "X data showed", "records from X". */
    private static final Set<String> FIGURE_NOUNS = Set.of("estimate", "estimates", "assessment", "data", "tally", "figures",
        "count", "records", "statistics");

    /**
     * "figures from X showed", "the latest data from the X", "a tally by X": a noun of figures a source keeps,
     * then "from", "of" or "by" the source.
     */
    private static boolean figuresFrom(List<Words.Word> words, int mi) {
        int tie = mi >= 2 && words.get(mi - 1).is("the") ? mi - 2 : mi - 1;
        if (tie < 1 || !words.get(tie).is("from", "of", "by")) {
            return false;
        }
        String noun = words.get(tie - 1).lower();
        return FIGURE_NOUNS.contains(noun) || SubjectProfile.GENERIC_COUNT_NOUNS.contains(noun) && !noun.equals("toll")
            && !noun.equals("number") && !noun.equals("total");
    }

    /**
     * A source that modifies a count noun, as a compound ("the police count fell to 8,400", "the union
     * figure was 1,400") or in its own spelling ("police count"): whose count it is, as "X's count" says.
     */
    private static boolean countModifier(List<Words.Word> words, int mi, int mEnd) {
        if (mEnd - 1 > mi && mEnd - 1 < words.size() && SubjectProfile.GENERIC_COUNT_NOUNS.contains(words.get(mEnd - 1).lower())) {
            return true; // the sheet spells the source with its count noun: "police count"
        }
        return mEnd < words.size() && mEnd > 0 && !words.get(mEnd - 1).lower().endsWith("'s")
            && (SubjectProfile.GENERIC_COUNT_NOUNS.contains(words.get(mEnd).lower()) || FIGURE_NOUNS.contains(words.get(mEnd).lower()))
            && (mEnd + 1 >= words.size() || !words.get(mEnd + 1).capitalized());
    }

    /**
     * "The agency told the union that 40 ...": a verb of saying with its subject before it (a word, not the
     * punctuation that ends what was said, as in "..., said X") has the name after it as its addressee,
     * who hears the figure and does not give it; "by" names the one who gives it ("estimated by X").
     */
    static boolean addressee(List<Words.Word> words, int verb) {
        return !words.get(verb).is("by") && verb >= 1 && !words.get(verb - 1).punctuation();
    }

    /** "..., said X", "..., stressed X", "estimated by X": a verb of saying or "by" before the source. */
    static boolean saidBy(Words.Word w) {
        return w.is("by") || !w.capitalized() && VerbsOfSaying.contains(w.lower());
    }

    /** How many words a relative clause between a source and its verb may have. */
    private static final int RELATIVE_REACH = 25;

    /**
     * "X, which sent observers to 1,800 stations, estimated that ...": a relative clause between commas after
     * the source, then its verb of saying; the clause may be longer than a verb's usual reach.
     */
    static boolean speaksPastRelative(List<Words.Word> words, int mEnd) {
        return relativeEnd(words, mEnd) >= 0;
    }

    /** Where the relative clause between commas after a source ends, at the comma before its verb of saying, or -1. */
    static int relativeEnd(List<Words.Word> words, int mEnd) {
        if (mEnd + 1 >= words.size() || !words.get(mEnd).is(",") || !words.get(mEnd + 1).is("which", "who")) {
            return -1;
        }
        for (int i = mEnd + 2; i < Math.min(words.size() - 1, mEnd + 2 + RELATIVE_REACH); i++) {
            Words.Word w = words.get(i);
            if (w.is(";", ".", "?", "!", ":", "\u2014")) {
                return -1;
            }
            if (w.is(",")) {
                Words.Word verb = words.get(i + 1);
                return FigureVerbs.reportVerb(verb.lower()) && !verb.capitalized() && !verb.is("according") ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "according to X", or "according to" what X issued: "according to a tally from X", "according to
     * the latest bulletin of X" (no punctuation between).
     */
    static boolean accordingTo(List<Words.Word> words, int mi) {
        // "..., per the X": "per" before a source is "according to" in a word
        if (mi >= 1 && words.get(mi - 1).is("per") || mi >= 2 && words.get(mi - 1).is("the") && words.get(mi - 2).is("per")) {
            return true;
        }
        for (int i = Math.max(0, mi - 6); i < mi - 1; i++) {
            if (words.get(i).is("according") && words.get(i + 1).is("to")) {
                return true;
            }
        }
        if (mi < 2 || !words.get(mi - 1).is("from", "of", "by") && !(words.get(mi - 1).is("the") && mi >= 3
            && words.get(mi - 2).is("from", "of", "by"))) {
            return false;
        }
        for (int i = mi - 2; i >= Math.max(1, mi - NESTED_REACH); i--) {
            Words.Word w = words.get(i);
            if (w.punctuation()) {
                return false;
            }
            if (w.is("to") && words.get(i - 1).is("according")) {
                return true;
            }
        }
        return false;
    }

    /** "X said on Saturday that 2,167 ...": a source that introduces the figures after it, not those before. */
    static boolean introducesWhatFollows(List<Words.Word> words, int mEnd) {
        for (int i = mEnd; i < Math.min(words.size(), mEnd + VERB_REACH); i++) {
            if (FigureVerbs.reportVerb(words.get(i).lower()) && !words.get(i).capitalized()) {
                for (int j = i + 1; j < Math.min(words.size(), i + 6); j++) {
                    Words.Word w = words.get(j);
                    if (w.is("that") || Character.isDigit(w.written().charAt(0))) {
                        return true;
                    }
                    if (w.is(".", ";", ",")) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    static boolean hasReportVerb(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            // a word right after a determiner is a noun, whatever else it can be: "the ledger records"
            boolean afterDeterminer = i > 0 && ClosedClass.DETERMINERS.contains(words.get(i - 1).lower());
            if (FigureVerbs.reportVerb(words.get(i).lower()) && !words.get(i).capitalized() && !afterDeterminer
                && !words.get(i).is("according", "given", "put")) {
                return true;
            }
            if (words.get(i).is("put", "puts") && i + 1 < to && !words.get(i + 1).is("in", "on", "into")) {
                return true;
            }
        }
        return false;
    }
}
