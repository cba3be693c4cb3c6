package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.FigureVerbs;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;

/**
 * A place that is the subject of the clause whose verb governs the number: "X has 11 confirmed
 * cases", "X now has 19", "X is holding at 11", "X accounts for 41 of them", "X, the largest town,
 * has recorded 12 deaths", "X measles cases climb above 160", "X was the worst hit, with 120". The place opens its clause; an
 * apposition between commas and the nouns it modifies may stand between it and the verb group,
 * and only the verb group's own words (adverbs, particles, prepositions, determiners, adjectives)
 * between that and the number.
 */
final class PlaceAsSubject implements PlaceRule {

    @Override
    public String name() {
        return "a place as the subject of the clause";
    }

    private static final int REACH = 8;

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        for (Mention m : s.mentions()) {
            int start = s.indexAt(m.span().start());
            if (start >= first || !opensClause(s, start)) {
                continue;
            }
            int verb = verbAfter(s, s.after(m), first);
            if (verb >= 0 && governs(s, verb, first)) {
                return listedLast(s, start) ? TOGETHER : m.name();
            }
        }
        return null;
    }

    /** "X, Y and Z each reported 300": the place ends a list of places, whose count is of them together. */
    private static boolean listedLast(PlaceSentence s, int start) {
        return start >= 2 && s.word(start - 1).is("and", "or") && s.endingAt(start - 2) != null;
    }

    /** The sentence's start, or after punctuation, a coordinator, "that" or a verb of reporting. */
    private static boolean opensClause(PlaceSentence s, int i) {
        if (i == 0) {
            return true;
        }
        if (s.tag(i - 1).equals("DET") && !s.possessive(i - 1)) {
            return opensClause(s, i - 1); // "The town of X alone has taken in 22,000": the place's own determiner
        }
        if (i >= 3 && s.word(i - 1).is("of") && s.tag(i - 2).equals("NOUN") && s.tag(i - 3).equals("DET")) {
            return opensClause(s, i - 3); // "The town of X has taken in 22,000": the noun the place names
        }
        Words.Word before = s.word(i - 1);
        if (i == 3 && s.word(0).written().matches("\\d{1,2}") && s.word(1).is(":") && before.written().matches("\\d{2}")) {
            return true; // "10:47 X has taken in 22,000": the time stamp of a live-blog entry opens the line
        }
        return before.punctuation() && !before.is("'") || before.is("and", "but", "that", "while", "whereas")
            || FigureVerbs.reportVerb(before.lower()) && s.tag(i - 1).equals("VERB");
    }

    /**
     * The index of the first verb of the place's verb group: after an apposition between commas
     * ("X, the county seat, has") and the nouns the place modifies ("X health officials said",
     * "X cases climb"); -1 when another word stands there.
     */
    private static int verbAfter(PlaceSentence s, int i, int first) {
        if (i < first && s.word(i).is(",")) {
            int close = i + 1;
            while (close < first && !s.word(close).is(",") && !s.clauseBreak(close) && !s.isNumber(close)) {
                close++;
            }
            if (close >= first || !s.word(close).is(",")) {
                return -1;
            }
            i = close + 1;
        }
        int nouns = 0;
        while (i < first && isNoun(s, i) && nouns < 3) {
            i++;
            nouns++;
        }
        while (i < first && s.tag(i).equals("ADV")) {
            i++;
        }
        if (i < first && (s.tag(i).equals("VERB") || s.tag(i).equals("AUX"))) {
            return i;
        }
        // "X counts 36", "X accounts for 41": a verb in -s the tagger took for a plural noun
        int last = i - 1;
        boolean verbForm = nouns > 0 && last >= 0 && s.word(last).lower().endsWith("s")
            && !WordNet.lemmas(s.word(last).lower(), POS.VERB).isEmpty();
        return verbForm && (i == first || s.tag(i).equals("ADP") || s.tag(i).equals("DET")) ? last : -1;
    }

    /** From the verb to the number, only words of the verb group or of the counted noun group's start. */
    private static boolean governs(PlaceSentence s, int verb, int first) {
        if (first - verb > REACH) {
            return false;
        }
        boolean nouns = false;
        boolean with = PlaceWith.linked(s, first);
        for (int i = verb + 1; i < first; i++) {
            if (with && i == first - 2 && s.word(i).is(",") || hyphen(s, i) || hyphen(s, i + 1)) {
                continue; // "X was the hardest-hit town, with 120": the figure its clause comes with
            }
            if (s.word(i).punctuation() || s.isNumber(i)) {
                return false;
            }
            String tag = s.tag(i);
            if (isNoun(s, i) || tag.equals("PRON") && !s.word(i).is("its", "their")) {
                nouns = true;
            } else if (!tag.equals("VERB") && !tag.equals("AUX") && !tag.equals("ADV") && !tag.equals("PART")
                && !tag.equals("ADP") && !tag.equals("DET") && !tag.equals("ADJ")) {
                return false;
            }
        }
        // a noun group between verb and number is the count noun only when linked to it: "put the toll at 23"
        return !nouns || s.word(first - 1).is("at", "to") || with;
    }

    /** The hyphen inside a compound ("hardest-hit"), which the words split (the tagger may take its first part for punctuation). */
    private static boolean hyphen(PlaceSentence s, int i) {
        return s.word(i).is("-") && i > 0 && i + 1 < s.size() && s.word(i - 1).span().end() == s.word(i).span().start()
            && s.word(i).span().end() == s.word(i + 1).span().start();
    }

    private static boolean isNoun(PlaceSentence s, int i) {
        String tag = s.tag(i);
        return !s.word(i).punctuation() && (tag.equals("NOUN") || tag.equals("PROPN"));
    }
}
