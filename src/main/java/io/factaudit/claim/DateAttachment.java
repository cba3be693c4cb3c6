package io.factaudit.claim;

import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.Tense;
import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.List;
import java.util.Set;

/**
 * The date expression a sentence gives for words it mentions: one inside them ("voted on
 * Wednesday to ratify"), else the nearest after them in their clause ("signed a treaty in
 * Tarnby in June", "the incursion, launched on Aug. 6", "struck at 4:17 a.m. on Monday"; "have
 * been closed since Monday" dates the closing), else one just before them ("agreed on Monday to open two more crossings";
 * "it was on Monday that the dam failed"). A date on a verb of
 * saying dates the saying, not the event ("the child has died, officials said Wednesday";
 * FACT-SHEETS.md 1.1), unless the verb is the event's own wording. Which day a date is, past or
 * coming, the resolver has read from the tense of its clause ("will ratify the accord on Friday").
 * Failing these, a date a "when" clause describes, the date of the clause whose occasion the
 * mention names after a comma ({@link OccasionAdjunct}), or the head of a timeline's line.
 */
final class DateAttachment {

    private static final int MOST_BEFORE = 4;
    /** Words that start another clause or event: a date past them is not this mention's. */
    static final Set<String> STOPS = Set.of(";", ":", "?", "!", "\"", ")", "and", "but", "or", "while",
        "after", "before", "until", "then", "whereas", "although", "though", "because", "since", "following");

    private DateAttachment() {
    }

    /**
     * The date given for words {@code first} through {@code last}, or null: one of the sentence's
     * own, else one a "when" clause holding them describes ({@link WhenClause}), else the date at
     * the head of their timeline entry ({@code head}, null when they are in none).
     */
    static DateMention find(SentenceWords w, List<DateMention> dates, int first, int last, DateMention head) {
        DateMention own = find(w, dates, first, last);
        if (own != null) {
            return own;
        }
        DateMention described = WhenClause.dateOf(w, dates, first);
        DateMention occasion = described == null ? OccasionAdjunct.dateOf(w, dates, first) : null;
        return described != null ? described : occasion != null ? occasion : head;
    }

    /** The date given for words {@code first} through {@code last} in their own sentence, or null. */
    static DateMention find(SentenceWords w, List<DateMention> dates, int first, int last) {
        DateMention after = null;
        DateMention before = null;
        for (DateMention d : dates) {
            int[] words = wordsOf(w, d);
            if (words == null) {
                continue;
            }
            if (words[0] >= first && words[1] <= last) {
                return d;
            }
            if (saidOn(w, words[0], first, last)) {
                continue; // "officials said on Monday": the date of the saying, not of the event
            }
            if (words[0] > last && after == null && DateAhead.reaches(w, last + 1, words[0]) && !DateAhead.pastItsAside(w, first, last, words[0])) {
                after = d;
            }
            if (words[1] < first && (leads(w, words, first) || FrontedDate.scopes(w, words[0], words[1], first))) {
                before = d;
            }
        }
        return after != null ? after : before;
    }

    /** A date shortly before the mention, in its clause, that is not the date of someone's saying so. */
    private static boolean leads(SentenceWords w, int[] date, int first) {
        if (first - date[1] - 1 > MOST_BEFORE) {
            return false;
        }
        for (int i = date[1] + 1; i < first; i++) {
            String word = w.lower(i);
            boolean openingComma = word.equals(",") && i == date[1] + 1;
            boolean clefted = word.equals("that") && i == date[1] + 1 && cleft(w, date[0]);
            if (!openingComma && !clefted && (w.get(i).isPunctuation() || STOPS.contains(word) || word.equals("that")
                || VerbsOfSaying.contains(word))) {
                return false;
            }
        }
        return true;
    }

    /** "It was on Thursday that the dam failed": the date a cleft puts first is the clause's after "that". */
    private static boolean cleft(SentenceWords w, int dateFirst) {
        int i = dateFirst - 1;
        if (i >= 0 && Lexicon.PREPOSITIONS.contains(w.lower(i))) {
            i--;
        }
        return i >= 1 && (w.lower(i).equals("was") || w.lower(i).equals("is")) && w.lower(i - 1).equals("it");
    }

    /**
     * Whether the date stands on a verb of saying ("officials said Wednesday", "said on Monday"),
     * unless that verb is the event's own ("reported its first death on Thursday" when the sheet's
     * event is the report).
     */
    private static boolean saidOn(SentenceWords w, int dateFirst, int first, int last) {
        int lead = dateFirst - 1;
        if (lead >= 0 && Lexicon.PREPOSITIONS.contains(w.lower(lead))) {
            lead--;
        }
        if (lead >= 1 && Tense.due(w.lower(lead)) && (ClosedClass.BE.contains(w.lower(lead - 1)) || w.lower(lead - 1).equals(","))) {
            return false; // "a ruling is expected on Tuesday", "the ruling, expected on Tuesday,": the day it is awaited
        }
        return lead >= 0 && VerbsOfSaying.contains(w.lower(lead)) && (lead < first || lead > last);
    }

    /**
     * Why no date of the sentence was given to words {@code first} through {@code last}, told by the
     * nearest date without its words: where it stands and what stands between ("after, across a
     * clause word"; "before, on a verb of saying"; "in another sentence").
     */
    static String whyNot(SentenceWords w, List<DateMention> dates, int first, int last) {
        int[] nearest = null;
        for (DateMention d : dates) {
            int[] words = wordsOf(w, d);
            if (words != null && (nearest == null || distance(words, first, last) < distance(nearest, first, last))) {
                nearest = words;
            }
        }
        if (nearest == null) {
            return "in another sentence";
        }
        boolean after = nearest[0] > last;
        String side = after ? "after" : "before";
        if (saidOn(w, nearest[0], first, last)) {
            return side + ", on a verb of saying";
        }
        int from = after ? last + 1 : nearest[1] + 1;
        int to = after ? nearest[0] : first;
        for (int i = from; i < to; i++) {
            if (STOPS.contains(w.lower(i))) {
                return side + ", across a clause word";
            }
            if (w.lower(i).equals(",")) {
                return side + ", across a comma";
            }
        }
        return side + (distance(nearest, first, last) > (after ? DateAhead.MOST_AFTER : MOST_BEFORE) ? ", too far" : ", near");
    }

    private static int distance(int[] date, int first, int last) {
        return date[0] > last ? date[0] - last : first - date[1];
    }

    /** The first and last word of a date expression, or null when it stands outside the sentence's words. */
    private static int[] wordsOf(SentenceWords w, DateMention d) {
        int first = w.indexAt(d.span().start());
        int last = w.indexAt(d.span().end() - 1);
        return first < 0 || last < 0 ? null : new int[] {first, last};
    }
}
