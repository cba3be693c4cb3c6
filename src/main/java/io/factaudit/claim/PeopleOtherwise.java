package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.lexicon.ClosedClass;

/**
 * "N people" of whom the sentence's structure says they are another group than the subject, so
 * that neither a verb further on nor a source that estimates the subject makes them its count:
 * <ul>
 * <li>a state before an infinitive, "N people BE &lt;participle|adjective&gt; to V": "9,000 residents
 * were told to evacuate", "2 million adults are eligible to vote" say the state, not the act V;</li>
 * <li>the base of a share, "P per cent of (the) N people": "40% of the 5,000 people on the rolls"
 * counts those the share is taken of;</li>
 * <li>the complement of a copula whose own noun is not the subject's, "&lt;noun&gt; BE N people": "the
 * shortfall is about 600 people" measures the shortfall.</li>
 * </ul>
 */
final class PeopleOtherwise {

    static final String NAME = "people of another group";

    private PeopleOtherwise() {
    }

    /** The words that make "N people" another group, or null. */
    static Span looked(CountSentence s, CountedNumber n, SubjectProfile subject) {
        if (n.evidence() != Evidence.PEOPLE) {
            return null;
        }
        int state = stateBeforeInfinitive(s, n.end(), subject);
        if (state >= 0) {
            return s.wordsSpan(n.first(), state + 3);
        }
        int share = shareBefore(s, n.first());
        if (share >= 0) {
            return s.wordsSpan(share, n.end());
        }
        int noun = copulaSubject(s, n.first(), subject);
        return noun >= 0 ? s.wordsSpan(noun, n.end()) : null;
    }

    /** "were enrolled to vote", "are eligible to strike": the participle or adjective's index, or -1. */
    private static int stateBeforeInfinitive(CountSentence s, int end, SubjectProfile subject) {
        int i = end;
        while (i < s.size() && s.tag(s.word(i)).equals("ADV")) {
            i++;
        }
        if (i >= s.size() || !ClosedClass.BE.contains(s.word(i).lower()) && !s.word(i).is("have", "has", "had")) {
            return -1;
        }
        while (i + 1 < s.size() && (ClosedClass.BE.contains(s.word(i + 1).lower()) || s.tag(s.word(i + 1)).equals("ADV"))) {
            i++; // "had been", "were already"
        }
        int p = i + 1;
        if (p + 2 >= s.size() || !s.word(p + 1).is("to") || subject.isHead(s.word(p).lower())) {
            return -1;
        }
        String tag = s.tag(s.word(p));
        return tag.equals("VERB") || tag.equals("ADJ") ? p : -1;
    }

    /** "40 per cent of the 7,000", "40% of 5,000": the number is the base of a share; the share's first word, or -1. */
    private static int shareBefore(CountSentence s, int first) {
        int of = first - 1;
        if (of >= 0 && s.word(of).is("the", "its", "their")) {
            of--;
        }
        if (of < 1 || !s.word(of).is("of") || !s.word(of - 1).is("cent", "percent", "%")) {
            return -1;
        }
        int share = of - 1;
        if (s.word(share).is("cent") && share > 0 && s.word(share - 1).is("per")) {
            share--;
        }
        return share > 0 && !s.word(share - 1).punctuation() ? share - 1 : share;
    }

    /**
     * "the gap between the counts is about 600 people": the copula right before the number, the
     * clause before it naming none of the subject's words; the index of the clause's first word, or -1.
     */
    private static int copulaSubject(CountSentence s, int first, SubjectProfile subject) {
        int be = first - 1;
        if (be < 1 || !ClosedClass.BE.contains(s.word(be).lower())) {
            return -1;
        }
        int start = be;
        while (start > 0 && !s.word(start - 1).is(",", ";", ":", "\u2014", "that")) {
            start--;
        }
        if (start == be || s.keywordIn(subject, start, be)) {
            return -1;
        }
        boolean noun = false;
        for (int i = start; i < be; i++) {
            if (subject.isHead(s.word(i).lower())) {
                return -1;
            }
            noun |= s.tag(s.word(i)).equals("NOUN");
        }
        return noun ? start : -1;
    }
}
