package io.factaudit.claim;

import io.factaudit.language.Gap;
import io.factaudit.language.Inflections;
import io.factaudit.language.Lexicon;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.language.Words;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An event worded as a verb and one of the sheet's names ("announced the job cuts", where "job
 * cuts" is a name also written "layoffs" or "cut jobs"), told as the verb and a "that" clause
 * holding any spelling of the name: "announced on Tuesday that it would cut 4,800 jobs",
 * "confirmed Monday that the layoffs will go ahead"; and as the verb with another spelling of the
 * name as its object ("announced the layoffs").
 */
final class ObjectClause {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words from the verb to "that" (a date, an aside), and from "that" to the name. */
    private static final int MOST_TO_THAT = 6;
    private static final int MOST_TO_NAME = 6;
    /** A number or a modifier may split a spelling of the name ("cut 4,800 jobs"). */
    private static final Gap IN_NAME = Gap.of(2, (w, i) -> !w.get(i).isPunctuation() && !w.lower(i).equals("that"));
    private static final Set<String> BREAKS = Set.of(".", ";", ":", "?", "!", "(", ")", "\"", "but", "while", "because");

    /** A verb whose object is a name, with every spelling of that name. */
    private record Told(Event event, String verbStem, PhraseIndex<Name> spellings) {
    }

    /**
     * Where an event is told this way: the verb's index, the "that" after it and the name's last
     * word. Only a date before "that" is the verb's: one in the clause dates what the clause tells.
     */
    record Found(Event event, int verb, int that, int last) {
    }

    private final List<Told> told;
    private final List<Respelled> respelled;

    /** A wording with its object in another of the name's spellings: "announced the layoffs" for "announced the job cuts". */
    record Respelled(Event event, String wording) {
    }

    private ObjectClause(List<Told> told, List<Respelled> respelled) {
        this.told = told;
        this.respelled = respelled;
    }

    List<Respelled> respelled() {
        return respelled;
    }

    static ObjectClause of(Facts facts) {
        List<Told> told = new ArrayList<>();
        List<Respelled> respelled = new ArrayList<>();
        for (Event e : facts.events()) {
            List<String> wordings = new ArrayList<>(e.aliases());
            wordings.add(0, e.event());
            for (String wording : wordings) {
                List<Word> words = Words.of(wording);
                int verb = verbAt(words);
                if (verb < 0 || verb + 1 >= words.size()) {
                    continue;
                }
                int from = ARTICLES.contains(words.get(verb + 1).lower()) ? verb + 2 : verb + 1;
                String object = String.join(" ", words.subList(from, words.size()).stream().map(Word::lower).toList());
                for (Name n : facts.names()) {
                    if (spells(n, object)) {
                        String verbWords = String.join(" ", words.subList(0, from).stream().map(Word::text).toList());
                        List<String> all = new ArrayList<>(n.aliases());
                        all.add(n.name());
                        all.forEach(a -> respelled.add(new Respelled(e, verbWords + " " + a)));
                        PhraseIndex<Name> spellings = new PhraseIndex<>();
                        spellings.add(n, n.name());
                        n.aliases().forEach(a -> spellings.add(n, a));
                        told.add(new Told(e, words.get(verb).stem(), spellings));
                    }
                }
            }
        }
        return new ObjectClause(List.copyOf(told), List.copyOf(respelled));
    }

    /** The events told in a sentence as a verb and a "that" clause naming the object. */
    List<Found> find(SentenceWords w) {
        List<Found> found = new ArrayList<>();
        for (Told t : told) {
            for (int i = 0; i < w.size(); i++) {
                if (!w.get(i).stem().equals(t.verbStem()) || !Lexicon.looksVerbal(w.lower(i))) {
                    continue;
                }
                int that = thatAfter(w, i);
                if (that < 0) {
                    continue;
                }
                for (PhraseIndex.Found<Name> n : t.spellings().find(w, IN_NAME)) {
                    if (n.first() > that && n.first() - that <= MOST_TO_NAME && noBreak(w, that + 1, n.first())) {
                        found.add(new Found(t.event(), i, that, n.last()));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** The "that" opening the verb's clause, within a few words and no clause break; -1 when none. */
    private static int thatAfter(SentenceWords w, int verb) {
        for (int j = verb + 1; j < w.size() && j <= verb + MOST_TO_THAT + 1; j++) {
            if (w.lower(j).equals("that")) {
                return j;
            }
            if (BREAKS.contains(w.lower(j))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean noBreak(SentenceWords w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BREAKS.contains(w.lower(i)) || w.lower(i).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The wording's verb in a past form, first or after a subject ("Norbek announced the job cuts"); -1 when none. */
    private static int verbAt(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).lower();
            if (lower.length() > 4 && lower.endsWith("ed") || Inflections.isIrregularPast(lower)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean spells(Name n, String object) {
        return n.name().toLowerCase(Locale.ROOT).equals(object)
            || n.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(object));
    }
}
