package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.lexicon.ClosedClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Which subject a count is of: the one whose words say so ("N people" who "died"), else the one
 * named beside it or in its clause, else the one its count noun says, else the only one its
 * source estimates, else the one the passage is about (the sentence, the paragraph, the heading).
 */
final class SubjectChoice {

    private SubjectChoice() {
    }

    /** The subject, or null when no subject of the sheet fits. */
    static SubjectProfile of(CountSentence s, CountedNumber n, int countNoun, String source) {
        CountContext c = s.context();
        int first = n.first();
        int end = n.end();
        SubjectProfile framed = framed(s, n);
        if (framed != null) {
            return framed; // "would cut 4,800 jobs": the sheet's spelling with the count inserted names the subject
        }
        if (n.evidence() == Evidence.PEOPLE) {
            // what is said of "N people" names the subject when one subject's words say it ("died", "were evacuated")
            List<SubjectProfile> said = c.profiles().stream().filter(p -> saidOfThem(s, first, end, p)).toList();
            if (said.size() == 1) {
                return said.get(0);
            }
        }
        List<SubjectProfile> candidates = new ArrayList<>();
        for (SubjectProfile p : c.profiles()) {
            if (n.evidence() == Evidence.HEAD) {
                int h = end - 1;
                String w = s.word(h).lower();
                String two = h > 0 ? s.word(h - 1).lower() + " " + w : w;
                if (!p.heads().contains(w) && !p.heads().contains(two)) {
                    continue;
                }
            }
            candidates.add(p);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int anchor = n.quantity().span().start();
        SubjectProfile named = nearestNamed(s, candidates, countNoun >= 0 ? countNoun : Math.max(0, first - 1), clauseEndFrom(s, end), anchor);
        if (named != null) {
            return named;
        }
        SubjectProfile counted = countNoun < 0 ? null : CountChange.countedBy(candidates, s.words(), countNoun, first);
        if (counted != null) {
            return counted; // "the death toll rose to 17": the count noun's own words say what it counts
        }
        SubjectProfile headed = countNoun < 0 ? null : SubjectProfile.headedBy(candidates, List.of(s.word(countNoun).lower()));
        if (headed != null) {
            return headed; // "put the toll at 23": the count noun is one subject's own word
        }
        if (source != null) {
            List<SubjectProfile> bySource = candidates.stream().filter(p -> c.estimates(source, p.subject())).toList();
            if (bySource.size() == 1 && (candidates.size() > 1 || n.evidence() != Evidence.BARE)) {
                return bySource.get(0);
            }
        }
        named = nearestNamed(s, candidates, 0, s.size(), anchor);
        if (named != null) {
            return named;
        }
        SubjectProfile acted = n.evidence() != Evidence.HEAD ? null : actNamed(s, candidates, first, end);
        if (acted != null) {
            return acted; // "the evacuation brought the total to 3,000", "the closures hit 45 schools"
        }
        named = namedInPassage(s, candidates);
        if (named != null || n.evidence() != Evidence.HEAD) {
            return named;
        }
        SubjectProfile counted2 = countedInParagraph(s, candidates);
        return counted2 != null ? counted2 : spelledAlone(candidates, s.word(end - 1).lower());
    }

    /**
     * The only subject whose act a noun of the sentence outside the number's words names, when no keyword
     * names one and the number's noun group is not the subject of a verb of its own: "The closures hit
     * 45 schools", "the closures, which hit 45 schools"; not "After the closures, 42 clinics were
     * opened" nor "42 clinics were opened before the closures", which say what else befell them. Null otherwise.
     */
    private static SubjectProfile actNamed(CountSentence s, List<SubjectProfile> candidates, int first, int end) {
        if (end < s.size() && (ClosedClass.AUXILIARIES.contains(s.word(end).lower()) || s.tag(s.word(end)).equals("VERB")
            || s.tag(s.word(end)).equals("AUX"))) {
            return null;
        }
        List<SubjectProfile> acted = candidates.stream().filter(p -> {
            for (int i = 0; i < s.size(); i++) {
                if ((i < first || i >= end) && p.isAct(s.word(i).lower())) {
                    return true;
                }
            }
            return false;
        }).toList();
        return acted.size() == 1 ? acted.get(0) : null;
    }

    /**
     * The only subject that spells the number's noun by itself: "Varn has taken in 2,000 refugees" on a
     * sheet that writes "refugees" needs no keyword beside it, where "10,000 troops" of a sheet of
     * "North Korean troops" does.
     */
    private static SubjectProfile spelledAlone(List<SubjectProfile> candidates, String noun) {
        List<SubjectProfile> alone = candidates.stream().filter(p -> p.spelledAlone(noun)).toList();
        return alone.size() == 1 ? alone.get(0) : null;
    }

    /**
     * The subject the paragraph counted last, when the number's own noun is one of its heads: "Three
     * of the bodies were found in X. Y has now recorded 12 deaths" counts what the passage counts.
     */
    private static SubjectProfile countedInParagraph(CountSentence s, List<SubjectProfile> candidates) {
        CountClaim inParagraph = s.lastClaimInParagraph();
        CountClaim last = inParagraph != null ? inParagraph : inParagraphBefore(s, s.lastClaim());
        return last == null ? null : candidates.stream().filter(p -> p.subject().equals(last.subject())).findFirst().orElse(null);
    }

    /**
     * The claim when it stands in the paragraph right before the sentence's, else null: "The toll was
     * raised to 31. ¶ Three of the bodies were found in A. B has now recorded 12 deaths" goes on
     * counting what the paragraph before counted.
     */
    private static CountClaim inParagraphBefore(CountSentence s, CountClaim claim) {
        if (claim == null) {
            return null;
        }
        Document doc = s.context().document();
        Span paragraph = doc.paragraphOf(s.span().start());
        Span before = null;
        for (Span p : doc.paragraphs()) {
            if (p.end() <= paragraph.start()) {
                before = p;
            }
        }
        return before != null && before.start() <= claim.span().start() && claim.span().start() < before.end() ? claim : null;
    }

    /** The only subject one of whose spellings governs the number's noun group, else null. */
    static SubjectProfile framed(CountSentence s, CountedNumber n) {
        if (n.evidence() != Evidence.HEAD && n.evidence() != Evidence.PEOPLE) {
            return null;
        }
        List<SubjectProfile> framing = s.context().profiles().stream()
            .filter(p -> p.framedGroup(s, n)).toList();
        return framing.size() == 1 ? framing.get(0) : null;
    }

    /** What the clause says of "N people" ("were evacuated", "died", "killed 29 people") is what the subject counts. */
    static boolean saidOfThem(CountSentence s, int first, int end, SubjectProfile subject) {
        for (int i = Math.max(0, first - 2); i < first; i++) {
            if (subject.isHead(s.word(i).lower())) {
                return true;
            }
        }
        for (int i = end; i < Math.min(s.size(), end + 6); i++) {
            if (s.word(i).is(";", ".")) {
                return false;
            }
            if (subject.isHead(s.word(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int clauseEndFrom(CountSentence s, int end) {
        for (int i = end; i < s.size(); i++) {
            if (s.word(i).is(",", ";", ".", ":", "\u2014")) {
                return i;
            }
        }
        return s.size();
    }

    private static SubjectProfile nearestNamed(CountSentence s, List<SubjectProfile> candidates, int fromWord, int toWord, int anchor) {
        if (fromWord >= toWord || fromWord >= s.size()) {
            return null;
        }
        int start = s.word(fromWord).span().start();
        String text = s.folded(fromWord, toWord);
        SubjectProfile best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (SubjectProfile p : candidates) {
            int at = p.lastMention(text);
            if (at < 0) {
                continue;
            }
            int distance = Math.abs(start + at - anchor);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = p;
            }
        }
        return best;
    }

    /** The subject named last in the sentences before this one in its paragraph, or in the heading above. */
    private static SubjectProfile namedInPassage(CountSentence s, List<SubjectProfile> candidates) {
        Document doc = s.context().document();
        Span paragraph = doc.paragraphOf(s.span().start());
        SubjectProfile best = lastNamed(candidates, s.context().folded(paragraph.start(), s.span().start()));
        if (best != null) {
            return best;
        }
        Span heading = null;
        for (Span p : doc.paragraphs()) {
            if (p.end() <= paragraph.start()) {
                heading = p;
            }
        }
        if (heading != null && heading.length() < 160) {
            return lastNamed(candidates, s.context().folded(heading.start(), heading.end()));
        }
        return null;
    }

    private static SubjectProfile lastNamed(List<SubjectProfile> candidates, String text) {
        SubjectProfile best = null;
        int bestAt = -1;
        for (SubjectProfile p : candidates) {
            int at = p.lastMention(text);
            if (at > bestAt) {
                bestAt = at;
                best = p;
            }
        }
        return best;
    }
}
