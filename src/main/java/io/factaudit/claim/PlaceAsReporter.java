package io.factaudit.claim;

import io.factaudit.language.Mention;
import io.factaudit.lexicon.FigureVerbs;
import io.factaudit.lexicon.Locatives;

/**
 * A place standing as the one who reports, when the sentence names no other place: "X reported 412
 * cases", "X confirmed", "X officials said", "X health authorities reported", "..., X said",
 * "according to X (officials)"; not a
 * place reporting in a clause after the number's ("as X counts its dead"), nor the place of a
 * speaker ("a spokesman in X said"); a place in a phrase set off after the number ("X confirmed 11
 * cases, all in Y") holds a part and leaves X the reporter.
 */
final class PlaceAsReporter implements PlaceRule {

    @Override
    public String name() {
        return "a place that reports the count";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        var here = s.mentions().stream().filter(m -> !appendedAfter(s, m, after)).toList();
        if (here.stream().map(Mention::name).distinct().count() != 1) {
            return null;
        }
        for (Mention m : here) {
            int start = s.indexAt(m.span().start());
            if (start > 1 && s.word(start - 2).is("according") && s.word(start - 1).is("to")) {
                return m.name(); // "36 cases, according to X"
            }
            if (start > first && !(start > 0 && s.word(start - 1).is(","))) {
                continue; // "toll at 23 as X counts its dead": a place reporting in another clause
            }
            if (start > 0 && Locatives.PREPOSITIONS.contains(s.word(start - 1).lower())) {
                continue; // "a spokesman in X said": X is where the speaker is, not who reports
            }
            int end = s.after(m);
            if (end < s.size() && FigureVerbs.reportVerb(s.word(end).lower())) {
                return m.name();
            }
            // a noun between the place and the verb says who in it reports
            for (int i = end; i < Math.min(s.size(), end + 3); i++) {
                String tag = s.tag(i);
                if (FigureVerbs.reportVerb(s.word(i).lower()) && (i == end || tag.equals("VERB"))) {
                    return m.name();
                }
                if (!tag.equals("NOUN") && !tag.equals("PROPN")) {
                    break;
                }
            }
        }
        return null;
    }

    /** "X confirmed 11 cases, all in Y": a place in a phrase set off by a comma after the number holds a part, not the whole. */
    private static boolean appendedAfter(PlaceSentence s, Mention m, int after) {
        int start = s.indexAt(m.span().start());
        if (start < after) {
            return false;
        }
        int preposition = start > 0 && s.word(start - 1).is("the") ? start - 2 : start - 1;
        if (preposition < after || !Locatives.PREPOSITIONS.contains(s.word(preposition).lower())) {
            return false; // "..., X said": the place after the comma is the reporter
        }
        for (int i = after; i < preposition; i++) {
            if (s.word(i).is(",")) {
                return true;
            }
        }
        return false;
    }
}
