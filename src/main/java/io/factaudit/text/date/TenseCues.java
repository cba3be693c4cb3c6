package io.factaudit.text.date;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.IrregularVerbs;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * The words of a clause that tell its time, for {@link Tense}: what is to come ("will", "is set
 * to", "plans to", "is due on"), what is gone ("ago", "yesterday", a past form, "had planned to"),
 * and the forms of a verb they rest on (a past form, a base form, a past written as its base:
 * "after the mill cut jobs"). Tense decides which of a clause's words to ask; these say what one
 * word tells.
 */
final class TenseCues {

    static final Set<String> FUTURE = Set.of("will", "'ll", "’ll", "shall", "would", "could", "might", "should", "tomorrow",
        "next", "coming", "upcoming", "later", "soon");
    /** Future when "to" follows: "is set to visit", "plans to tour", "is expected to vote". */
    static final Set<String> FUTURE_BEFORE_TO = Set.of("set", "plan", "plans", "planned", "planning", "expected",
        "scheduled", "due", "going", "intend", "intends", "intended", "aims", "aim", "about", "poised", "slated");
    /**
     * A time set for what is to come, told with a preposition of time: "the vote is due on Thursday",
     * "a ruling is expected in March", "the report is due Tuesday"; "was due on Monday" looks back.
     */
    static final Set<String> DUE = Set.of("due", "expected", "scheduled", "slated");
    private static final Set<String> DUE_AT = Set.of("on", "in", "at", "by");
    private static final Set<String> PAST_BE = Set.of("was", "were", "been");
    private static final Set<String> PRESENT_FORMS = Set.of("is", "are", "am", "has");
    static final Set<String> PAST = Set.of("was", "were", "had", "did", "has", "have", "ago", "last",
        "yesterday", "earlier", "previously");
    static final Set<String> SINGULAR_SUBJECTS = Set.of("it", "he", "she");
    static final Set<String> PLURAL_SUBJECTS = Set.of("they", "we");
    static final Set<String> NON_FINITE_BEFORE = Set.of("be", "been", "being", "to", "is", "are", "am", "get",
        "gets", "got");

    private TenseCues() {
    }

    /** The kind of word {@link #cue} read a direction from, without the word. */
    static String kind(List<String> words, int i) {
        String w = words.get(i);
        return FUTURE.contains(w) ? "a future word" : FUTURE_BEFORE_TO.contains(w) ? "a plan or setting"
            : DUE.contains(w) ? "a due word" : PAST.contains(w) ? "a past word" : "a past form";
    }

    /**
     * A verb whose past is its base ("cut", "shut", "hit", "set") after a singular subject and
     * before its object or particle: past, for the present would take -s ("after the utility cut
     * power on Monday", "after it shut off the line"); "the power cut on Monday" is a noun.
     */
    private static boolean pastAsBase(List<String> words, int i) {
        String w = words.get(i);
        if (i == 0 || i + 1 >= words.size() || !(w.endsWith("t") || w.endsWith("d")) || IrregularVerbs.hasIrregularPast(w)
            || !WordNet.lemmas(w, POS.VERB).contains(w) || ClosedClass.contains(w)) {
            return false;
        }
        String subject = words.get(i - 1);
        String next = words.get(i + 1);
        boolean singular = SINGULAR_SUBJECTS.contains(subject)
            || WordForms.isNoun(subject) && !WordForms.isPluralNoun(subject) && !ClosedClass.contains(subject);
        return singular && (!ClosedClass.PREPOSITIONS.contains(next) || ClosedClass.PARTICLES.contains(next));
    }

    static Direction cue(List<String> words, int i) {
        String w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        String previous = i > 0 ? words.get(i - 1) : "";
        if (FUTURE_BEFORE_TO.contains(w) && next.equals("to") && (PAST_BE.contains(previous) || previous.equals("had"))) {
            return Direction.PAST; // "was set to vote on Monday", "had planned to close it on Monday": a plan now gone
        }
        if (FUTURE.contains(w) || FUTURE_BEFORE_TO.contains(w) && (next.equals("to") || next.equals("for"))
            || DUE.contains(w) && (DUE_AT.contains(next) || i == words.size() - 1) && !PAST_BE.contains(previous)) {
            return Direction.FUTURE;
        }
        if (PAST.contains(w) || pastAsBase(words, i)) {
            return Direction.PAST;
        }
        if (pastForm(w) && !NON_FINITE_BEFORE.contains(previous) && !ClosedClass.DETERMINERS.contains(previous)) {
            return FUTURE.contains(previous) ? Direction.FUTURE : Direction.PAST;
        }
        return null;
    }

    /** A word spelled like a verb's base form: lower case letters, not a word of grammar or a past form. */
    static boolean mayBeVerb(String w) {
        return w.chars().allMatch(Character::isLowerCase) && !pastForm(w) && !w.endsWith("ing")
            && !ClosedClass.PREPOSITIONS.contains(w) && !ClosedClass.DETERMINERS.contains(w)
            && !ClosedClass.PRONOUNS.contains(w) && !ClosedClass.OTHER_FUNCTION_WORDS.contains(w)
            && !ClosedClass.AUXILIARIES.contains(w) && !ClosedClass.MODALS.contains(w);
    }

    /** A past tense or participle; "is", "are", "am" and "has", which the lexicon files with the past forms of "be" and "have", are present. */
    static boolean pastForm(String w) {
        return w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") || IrregularVerbs.isPast(w) && !PRESENT_FORMS.contains(w);
    }

}
