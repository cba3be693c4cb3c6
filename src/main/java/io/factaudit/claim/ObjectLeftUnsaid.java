package io.factaudit.claim;

import io.factaudit.language.Gap;
import io.factaudit.language.Lexicon;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.language.Words;
import io.factaudit.lexicon.WordForms;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Facts;
import io.factaudit.text.date.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An event worded as a subject, a verb and its object after a preposition ("parliament votes on
 * the pension bill", "the board meets over the merger") named by its subject and verb alone, the
 * object left unsaid, when a date closes the clause right after the verb: "and parliament votes
 * this week", "the board met on Tuesday." An object said in its place names another event
 * ("parliament votes on the budget this week"), so the date must end the clause.
 */
final class ObjectLeftUnsaid {

    /** What may follow the date: the end of the sentence, a mark, a conjunction. */
    private static final Set<String> CLOSES = Set.of(",", ".", ";", ":", "!", "?", ")", "\"", "and", "but", "as", "while");

    record Found(Event event, int first, int last) {
    }

    private final PhraseIndex<Event> subjectAndVerb;

    private ObjectLeftUnsaid(PhraseIndex<Event> subjectAndVerb) {
        this.subjectAndVerb = subjectAndVerb;
    }

    static ObjectLeftUnsaid of(Facts facts) {
        PhraseIndex<Event> index = new PhraseIndex<>();
        for (Event e : facts.events()) {
            Stream.concat(Stream.of(e.event()), e.aliases().stream()).forEach(wording -> {
                String bare = subjectAndVerb(wording);
                if (bare != null) {
                    index.add(e, bare);
                }
            });
        }
        return new ObjectLeftUnsaid(index);
    }

    /** "parliament votes" of "parliament votes on the pension bill": a noun, a verb, then a preposition; else null. */
    static String subjectAndVerb(String wording) {
        List<Word> words = Words.of(wording);
        for (int k = 1; k + 2 < words.size(); k++) {
            String verb = words.get(k).lower();
            if (Lexicon.PREPOSITIONS.contains(words.get(k + 1).lower()) && WordForms.isVerb(verb)
                && WordForms.isNoun(words.get(k - 1).lower()) && !Lexicon.PREPOSITIONS.contains(words.get(k - 1).lower())) {
                return String.join(" ", words.subList(0, k + 1).stream().map(Word::text).toList());
            }
        }
        return null;
    }

    /** Whether a subject and verb of an event may stand in the sentence: a cheap test before reading it closely. */
    boolean mayOccur(SentenceWords w) {
        return !subjectAndVerb.isEmpty() && subjectAndVerb.mayOccur(w);
    }

    /** The events named by subject and verb with a date right after the verb that closes the clause. */
    List<Found> find(SentenceWords w, List<DateMention> dates) {
        List<Found> found = new ArrayList<>();
        if (subjectAndVerb.isEmpty() || !subjectAndVerb.mayOccur(w)) {
            return found;
        }
        for (PhraseIndex.Found<Event> f : subjectAndVerb.find(w, Gap.NONE)) {
            int after = f.last() + 1;
            if (after + 1 < w.size() && Lexicon.PREPOSITIONS.contains(w.lower(after))) {
                after++; // "votes on Thursday": the date's own preposition
            }
            if (after >= w.size()) {
                continue;
            }
            Word next = w.get(after);
            DateMention date = dates.stream().filter(d -> d.span().start() == next.span().start()).findFirst().orElse(null);
            if (date == null) {
                continue;
            }
            int dateLast = w.indexAt(date.span().end() - 1);
            if (dateLast >= 0 && (dateLast + 1 >= w.size() || CLOSES.contains(w.lower(dateLast + 1)))) {
                found.add(new Found(f.owner(), f.first(), f.last()));
            }
        }
        return found;
    }
}
