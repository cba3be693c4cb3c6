package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.OccurrenceVerbs;
import io.factaudit.lexicon.WordNet;
import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.sheet.Event;
import io.factaudit.text.date.DateMention;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Forms that decide whether words of an event's wording name this event and how: a relative
 * pronoun inside a subject-first wording, a noun group that is a preposition's object, a common
 * noun dated as another occurrence, a capacity to act ({@link EventDateReader}).
 */
final class MentionForms {

    private static final Set<String> RELATIVES = ClosedClass.RELATIVE_PRONOUNS;
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    private MentionForms() {
    }

    /**
     * A relative pronoun that makes the subject of a wording told subject first the subject of its
     * verb: "the dam that failed on Tuesday", "the strike, which began on Monday", "the mayor, who
     * resigned in May"; the comma before a non-restrictive one.
     */
    static boolean relative(SentenceWords w, int i) {
        String word = w.lower(i);
        String next = w.lower(i + 1);
        return RELATIVES.contains(word) || word.equals(",") && RELATIVES.contains(next) && !next.equals("that");
    }

    /**
     * An event named by a noun group that is a preposition's object ("rejected the plan in Sunday's
     * referendum", "prices fell before the vote on Friday", "ahead of the March 4 signing") is told
     * as having its date: the doubt, condition or forecast of the verb before the preposition bears
     * on something else ("before" with a noun group is no condition).
     */
    static boolean objectOfPreposition(SentenceWords w, List<DateMention> dates, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (Lexicon.looksVerbal(w.lower(i)) && !EventDateReader.inDate(w, dates, i)) {
                return false; // a verb of the event's own: its clause tells how it is put
            }
        }
        int i = first - 1;
        while (i >= 0 && inNounGroup(w, dates, i)) {
            i--;
        }
        return i >= 0 && Lexicon.PREPOSITIONS.contains(w.lower(i)) && !w.lower(i + 1).equals(",")
            && !Lexicon.looksVerbal(w.lower(i + 1));
    }

    /** A word of the noun group before an event's words: its date, a determiner (not "no"), a possessive, a name. */
    private static boolean inNounGroup(SentenceWords w, List<DateMention> dates, int i) {
        String word = w.lower(i);
        return EventDateReader.inDate(w, dates, i) || word.equals("'s")
            || Lexicon.DETERMINERS.contains(word) && !word.equals("no")
            || Lexicon.isNameLike(w.get(i)) && !w.get(i).isPunctuation();
    }

    /**
     * An event named by a common noun alone ("the vote", "the election", "the strike"), with no name
     * or verb of its own, recurs: a date a year or more from the sheet's tells another of them ("won
     * 70 percent of the vote five years ago", "the strike of 2019"), not this one.
     */
    static boolean anotherOccurrence(SentenceWords w, int first, int last, DateMention date, Event event) {
        if (!date.resolved() || event.date() == null) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            Word word = w.get(i);
            if (date.span().contains(word.span())) {
                continue; // "the 2019 strike"
            }
            if (i > 0 && Lexicon.isNameLike(word) || Lexicon.looksVerbal(word.lower())) {
                return false;
            }
        }
        return date.to().isBefore(event.date().minusYears(1)) || date.from().isAfter(event.date().plusYears(1));
    }

    /**
     * An event named by a noun group that is a preposition's object, the date after it past a verb:
     * the noun group modifies that verb's subject ("an inquiry into the closure opened on Tuesday",
     * "passengers stranded by the cancellations slept in the hall on Monday", "after the closure was
     * announced on Friday"), and the date is that verb's. A verb of taking place ("the march, held on
     * Sunday", "the strike that began on Monday") dates the act itself.
     */
    static boolean verbOfItsHolder(SentenceWords w, List<DateMention> dates, int first, int last, DateMention date) {
        int dateFirst = w.indexAt(date.span().start());
        if (dateFirst <= last || !objectOfPreposition(w, dates, first, last)) {
            return false;
        }
        int preposition = first - 1;
        while (preposition >= 0 && inNounGroup(w, dates, preposition)) {
            preposition--;
        }
        // "an inquiry into the closure": the noun before the preposition is the verb's subject, whatever the verb
        boolean headNoun = preposition > 0 && (Lexicon.isModifier(w.get(preposition - 1))
            || preposition == 1 && commonNounFirst(w.get(0)));
        boolean verb = false;
        for (int i = last + 1; i < dateFirst; i++) {
            String word = w.lower(i);
            if (w.get(i).isPunctuation() || RELATIVES.contains(word)) {
                return false; // an aside or a relative clause about the mention: "the closure, which began on Monday"
            }
            if (Lexicon.looksVerbal(word) && !BE.contains(word)) {
                if (!headNoun && OccurrenceVerbs.contains(word, w.lower(i + 1))) {
                    return false;
                }
                verb = true;
            }
        }
        return verb;
    }

    /** A common noun that opens the sentence with its capital ("Talks on the closure were held"): no name. */
    private static boolean commonNounFirst(Word word) {
        String lower = word.lower();
        return word.text().chars().allMatch(Character::isLetter) && !Lexicon.isFunctionWord(lower)
            && !Lexicon.looksVerbal(lower) && !WordNet.lemmas(lower, POS.NOUN).isEmpty();
    }

    /**
     * A one-word wording after "be", a participle or adjective and "to" says who may do the act,
     * not that it is done: "2 million members were enrolled to vote today", "are eligible to vote"
     * are no mention of "the vote" ("plan to vote", "voted to strike" are).
     */
    static boolean capacity(SentenceWords w, int first, int last) {
        return first == last && first >= 3 && w.lower(first - 1).equals("to") && !w.get(first - 2).isPunctuation()
            && BE.contains(w.lower(first - 3));
    }
}
