package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.FigureVerbs;

/**
 * A bare number that is the object of a verb of saying or of giving a figure whose subject is a sheet
 * source, answering a count read before it in the paragraph: "Police say 9,000 people joined the march.
 * The union says 20,000", "the agency gave 1,400 for the whole region", "in Dorn, the board counted
 * 400". The number counts what that count counts, by its own subject; it is of that count's place
 * unless it names its own.
 */
final class SaidFigure {

    /** What {@code explain} says placed a said figure that names no place of its own. */
    static final String PLACE = "the place of the figure it answers";

    private SaidFigure() {
    }

    /**
     * The source that says the bare number at words {@code first} to {@code after}, which ends its clause or
     * stands before a preposition ("for the whole region"); null when the number is no said figure.
     */
    static String by(CountSentence s, int first, int after) {
        if (after < s.size() && !s.word(after).punctuation() && !s.tag(s.word(after)).equals("ADP")) {
            return null; // "said 40 were missing": the number is the subject of a clause of its own
        }
        int verb = first - 1;
        while (verb > 0 && s.tag(s.word(verb)).equals("ADV")) {
            verb--; // "say only 9,000"
        }
        if (verb < 1) {
            return null;
        }
        Words.Word w = s.word(verb);
        // "the board counts 400": a verb in -s the tagger may take for a plural noun, as no noun stands before a number
        boolean verbForm = s.tag(w).equals("VERB") || s.tag(w).equals("NOUN") && w.lower().endsWith("s");
        if (!verbForm || !FigureVerbs.reportVerb(w.lower()) || w.is("according")) {
            return null;
        }
        int subjectEnd = verb;
        if (s.word(verb - 1).is(",")) {
            // "The union, which called the strike, gave 1,400": past the clause set off by commas
            int open = verb - 2;
            while (open > 0 && !s.word(open).is(",")) {
                open--;
            }
            subjectEnd = open > 0 ? open : verb;
        }
        return s.context().sources().agentOf(s.span(), s.words(), subjectEnd, i -> {
            Words.Word g = s.word(i);
            return ClosedClass.MODALS.contains(g.lower()) || ClosedClass.AUXILIARIES.contains(g.lower()) || g.is("have", "has", "had")
                || s.tag(g).equals("ADV");
        });
    }
}
