package io.factaudit.claim;

import io.factaudit.language.Lexicon;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Words;
import io.factaudit.lexicon.AspectVerbs;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.CourseVerbs;
import io.factaudit.lexicon.OccurrenceVerbs;
import io.factaudit.lexicon.WordNet;
import io.factaudit.sheet.Event;
import io.factaudit.text.date.DateMention;
import io.factaudit.text.date.Tense;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.extjwnl.data.POS;

/**
 * An event named by a noun group ("the closure", "the dam failure") as the subject of another act's
 * clause, its relative clause's too: the date after its verb is that act's, a later day than the
 * event's. The subject of a passive ("the closure will be reviewed on Monday", "the signing was postponed on Thursday") or of
 * a verb of its course ("the outage continued on Thursday", "the hearing resumes on Monday", "the
 * strike ended on Friday", "is set to end", "the breach, which was found on Monday"). The event's own verb ("the first case was confirmed on Monday" for a sheet's "first case
 * confirmed"), a verb of taking place or of setting going ("the vote was held", "the raid was
 * launched on Monday", "the quake struck") keep the date the event's, and so does a day it is
 * awaited or set for ("a stoppage is expected on Friday", "the vote is planned for Friday"). As an object ("crews assessed
 * the failure on Thursday") the date stays the event's: reporters date the act that way too
 * ("announced the closure on Tuesday"), and the annotated topics read it so.
 */
final class ActOnTheEvent {

    private ActOnTheEvent() {
    }

    /** Whether the date attached to words {@code first} through {@code last}, after them, is another act's on the event. */
    static boolean dates(SentenceWords w, List<DateMention> dates, int first, int last, DateMention date, Event event) {
        int dateFirst = w.indexAt(date.span().start());
        if (dateFirst < 0 || dateFirst >= first && dateFirst <= last || !nounGroup(w, dates, first, last)) {
            return false;
        }
        int before = first - 1;
        while (before >= 0 && inGroup(w, dates, before)) {
            before--;
        }
        return dateFirst > last && opensClause(w, before) && subjectOfAnother(w, last, dateFirst, ownVerbs(event));
    }

    /** The subject of a passive or of a verb of its course, the date after that verb. */
    private static boolean subjectOfAnother(SentenceWords w, int last, int dateFirst, Set<String> own) {
        boolean be = false;
        int main = -1;
        int from = last + 1;
        if (w.lower(from).equals(",") && ClosedClass.RELATIVE_PRONOUNS.contains(w.lower(from + 1))) {
            from += 2; // "the signing, which was postponed on Thursday,"
        } else if (w.lower(from).equals("which") || w.lower(from).equals("that")) {
            from++;
        }
        for (int i = from; i < dateFirst; i++) {
            String word = w.lower(i);
            if (w.get(i).isPunctuation() || ClosedClass.RELATIVE_PRONOUNS.contains(word)) {
                return false; // an aside or a relative clause about the mention
            }
            if (ClosedClass.BE.contains(word) || word.equals("get") || word.equals("got")) {
                be = true;
            } else if (verb(w, i)) {
                main = i;
            } else if (main >= 0 && !"ADV".equals(w.tag(i)) && !word.equals("to")) {
                break; // past the verb group: its object or adjunct
            }
        }
        if (main < 0 || keepsDate(w, main, own) || Tense.due(w.lower(main)) || w.lower(main + 1).equals("for")) {
            return false; // awaited or set for a day: "a stoppage is expected on Friday", "is planned for Friday"
        }
        boolean passive = be && w.lower(main).endsWith("ed") || be && !WordNet.lemmas(w.lower(main), POS.VERB).isEmpty()
            && !w.lower(main).equals(WordNet.lemmas(w.lower(main), POS.VERB).iterator().next());
        return passive && !"ADJ".equals(w.tag(main)) || CourseVerbs.goesOnOrEnds(w.lower(main))
            || AspectVerbs.goesOn(w.lower(main));
    }

    /** A verb that dates the event: its own wording's, one of taking place or of setting it going. */
    private static boolean keepsDate(SentenceWords w, int i, Set<String> own) {
        String word = w.lower(i);
        return OccurrenceVerbs.contains(word, w.lower(i + 1)) || CourseVerbs.setsGoing(word)
            || WordNet.lemmas(word, POS.VERB).stream().anyMatch(own::contains) || own.contains(word);
    }

    private static boolean verb(SentenceWords w, int i) {
        String word = w.lower(i);
        return !Lexicon.AUXILIARIES.contains(word) && !Lexicon.MODALS.contains(word) && !ClosedClass.BE.contains(word)
            && ("VERB".equals(w.tag(i)) || Lexicon.looksVerbal(word) && !WordNet.lemmas(word, POS.VERB).isEmpty());
    }

    /** Nothing before the mention's noun group but the sentence's start, a comma or a clause word: its subject. */
    private static boolean opensClause(SentenceWords w, int before) {
        String word = w.lower(before);
        return before < 0 || word.equals(",") || ClosedClass.SUBORDINATORS.contains(word) || ClosedClass.COORDINATORS.contains(word)
            || "SCONJ".equals(w.tag(before)) || "CCONJ".equals(w.tag(before));
    }

    /** No verb among the mention's words: a noun group ("the closure of the bridge", "the dam failure"). */
    private static boolean nounGroup(SentenceWords w, List<DateMention> dates, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!EventDateReader.inDate(w, dates, i) && ("VERB".equals(w.tag(i)) || "AUX".equals(w.tag(i)))) {
                return false;
            }
        }
        return true;
    }

    /** A word of the noun group before the mention's words: a determiner (not "no"), a possessive, a name, a modifier. */
    private static boolean inGroup(SentenceWords w, List<DateMention> dates, int i) {
        String word = w.lower(i);
        return !EventDateReader.inDate(w, dates, i) && (word.equals("'s")
            || Lexicon.DETERMINERS.contains(word) && !word.equals("no")
            || !w.get(i).isPunctuation() && Lexicon.isNameLike(w.get(i))
            || "ADJ".equals(w.tag(i)) || "NOUN".equals(w.tag(i)));
    }

    /** The verbs of the event's wordings, as lemmas and as written ("confirm", "confirmed"). */
    private static Set<String> ownVerbs(Event event) {
        Set<String> own = new HashSet<>();
        Stream.concat(Stream.of(event.event()), event.aliases().stream()).forEach(wording -> Words.of(wording).forEach(word -> {
            own.add(word.lower());
            own.addAll(WordNet.lemmas(word.lower(), POS.VERB));
        }));
        return own;
    }
}
