package io.factaudit.text.date;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.IrregularVerbs;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import java.util.List;
import java.util.Locale;
import net.sf.extjwnl.data.POS;

/**
 * A verb in the simple present after its subject, which with no other cue tells what is planned
 * ("ministers meet in Tarn on May 3"): the part of {@link Tense} that finds a subject and its verb
 * among the words before a date.
 */
final class SimplePresent {

    private SimplePresent() {
    }

    /**
     * With no other cue, a verb in the simple present before the date in its clause tells what is
     * planned: "ministers meet in Tarn on May 3", "the new term begins on 2 April", "it opens on
     * Monday". The verb must follow its subject: a plural noun or "they" before a base form, a noun
     * after a determiner, a name or "it", "he", "she" before a form in -s ("the results on Monday" is
     * no verb), names joined by "and" before a base form ("Osk and Lisk sign"), a noun with no
     * determiner opening its clause before a form in -s ("and the council votes this week").
     */
    static boolean timetable(List<String> before, List<String> written) {
        for (int i = before.size() - 1; i > 0; i--) {
            String w = before.get(i);
            if (Tense.CLAUSE_STARTS.contains(w)) {
                return false;
            }
            if (presentVerb(before, written, i)) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the simple present after its subject at {@code i}: "ministers meet", "the term begins", "Osk and Lisk sign". */
    static boolean presentVerb(List<String> before, List<String> written, int i) {
        String w = before.get(i);
        String subject = before.get(i - 1);
        return third(w) && (TenseCues.SINGULAR_SUBJECTS.contains(subject) || nounAfterDeterminer(before, i) || name(written, i - 1)
                || bareNoun(before, i - 1))
            || base(w) && (TenseCues.PLURAL_SUBJECTS.contains(subject) || plural(before, i - 1)
                || i >= 2 && name(written, i - 1) && before.get(i - 2).equals("and"));
    }


    /** A name: a capital inside the sentence ("Harbor Watch"), or first when it is no common word ("Brontec"). */
    private static boolean name(List<String> written, int i) {
        String w = written.get(i);
        return Character.isUpperCase(w.charAt(0)) && (i > 0 || !WordForms.isNoun(w) && !WordForms.isVerb(w))
            && !ClosedClass.contains(w.toLowerCase(Locale.ROOT));
    }

    /** A verb in -s: "begins", "opens", "meets"; not a word of grammar. */
    static boolean third(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !ClosedClass.AUXILIARIES.contains(w)
            && !ClosedClass.PREPOSITIONS.contains(w) && !ClosedClass.OTHER_FUNCTION_WORDS.contains(w)
            && WordForms.isInflectedVerb(w) && !IrregularVerbs.isPast(w);
    }

    /**
     * A verb's base form that no past tense shares: "meet" (met), "resume" (resumed). The verbs whose
     * past is their base ("hit", "cut", "set", "spread", "burst") all end in -t or -d, so such an
     * ending counts only with an irregular past of its own ("hold": held).
     */
    private static boolean base(String w) {
        return TenseCues.mayBeVerb(w) && !w.endsWith("s") && WordNet.lemmas(w, POS.VERB).contains(w)
            && (IrregularVerbs.hasIrregularPast(w) || !w.endsWith("t") && !w.endsWith("d"));
    }

    /** A plural noun that is no preposition's object: "ministers meet", not "the worst in decades hit". */
    private static boolean plural(List<String> words, int i) {
        String w = words.get(i);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && WordForms.isNoun(w)
            && !ClosedClass.PRONOUNS.contains(w)
            && (i == 0 || !ClosedClass.PREPOSITIONS.contains(words.get(i - 1)));
    }

    /** A noun with no determiner that opens its clause: "parliament votes", "and congress meets". */
    private static boolean bareNoun(List<String> words, int i) {
        String w = words.get(i);
        return (i == 0 || Tense.CLAUSE_STARTS.contains(words.get(i - 1))) && WordForms.isNoun(w) && !ClosedClass.contains(w)
            && !WordForms.isInflectedVerb(w) && !TenseCues.pastForm(w);
    }

    /** "the new term begins": a determiner, then up to three words that are no preposition, then the verb at {@code i}. */
    private static boolean nounAfterDeterminer(List<String> words, int i) {
        for (int j = i - 2; j >= 0 && j >= i - 4; j--) {
            String w = words.get(j);
            if (ClosedClass.DETERMINERS.contains(w)) {
                return true;
            }
            if (ClosedClass.PREPOSITIONS.contains(w) || Tense.CLAUSE_STARTS.contains(w) || TenseCues.pastForm(w) || participle(w)) {
                return false; // "the agency, citing high winds, cut power": the subject's aside, not its noun
            }
        }
        return false;
    }


    /** A present participle that is neither noun nor adjective ("citing", "warning"); "opening", "upcoming" modify a noun. */
    private static boolean participle(String w) {
        return w.endsWith("ing") && !WordForms.isNoun(w) && WordNet.lemmas(w, POS.ADJECTIVE).isEmpty();
    }

}
