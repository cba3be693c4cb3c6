package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Gap;
import io.factaudit.language.Lexicon;
import io.factaudit.language.PhraseIndex;
import io.factaudit.language.SentenceWords;
import io.factaudit.language.Word;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an article refers to a subject, read sentence by sentence in order: the subject's name
 * and its spellings ("North Korean soldiers", also with an adjective inside: "North Korean military
 * units"), and the words that refer back to it, "they", "them", "these troops", "the soldiers",
 * while the passage is about the subject. A passage is about the subject while it was referred
 * to in this or one of the two sentences before, or earlier in the paragraph, and no other group
 * came in between: one named with the subject's nouns ("Ukrainian forces") or one doing something
 * ("Government soldiers are ..."). A definite singular head ("the bridge", "that bridge") names
 * the subject anywhere after it was named, until another is named with its noun.
 */
final class SubjectReferences {

    /** A reference to the subject: its first and last word; explicit when it names the subject. */
    record Reference(int first, int last, boolean explicit) {
    }

    /** What opens a timeline's entry before its words: "Oct. 3 — ", "March 12: ". */
    /** Words after which a clause opens with its subject: "that sales remain halted", "and service resumed". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "and", "but", "while", "as", "because", "although");
    private static final Set<String> LINE_OPENERS = Set.of("\u2014", "\u2013", "-", ":");
    /** A modifier may stand inside a spelling: "North Korean military units", "rescue and recovery operations". */
    static final Gap MODIFIER = Gap.of(1, (w, i) -> Lexicon.isModifier(w.get(i)));

    private final PhraseIndex<Boolean> spellings;
    private final Set<String> heads;
    private final Set<String> nameWords;
    private final Set<String> pronouns;

    private int lastSentence = -10;
    private Span lastParagraph;
    /** Whether "they" would be the subject: no other group came after it. */
    private boolean lastGroupIsSubject;
    /** Whether "the troops" would be the subject: no other group named with its nouns came after it. */
    private boolean lastNounIsSubject;

    /** Whether the article names the subject somewhere: its opening lines may then refer to it ahead. */
    private final boolean namedLater;

    SubjectReferences(SubjectWording wording, boolean namedLater) {
        this.namedLater = namedLater;
        this.spellings = wording.spellings;
        this.heads = wording.heads;
        this.nameWords = wording.nameWords;
        this.pronouns = wording.pronouns;
    }

    /**
     * Where a reference that opens the article before the subject is named ends, or -1: the
     * headline's and deck's bare head ("Schools shut as cases rise"), a definite group ("the
     * schools"), or a singular head with an owner, unique as the subject the article names later
     * ("With Osk's main crossing shut"; a plural group of another's, "Kyiv's troops", is not).
     */
    private int ahead(SentenceWords w, int i) {
        Word word = w.get(i);
        if (heads.contains(word.stem()) && Character.isUpperCase(word.text().charAt(0)) && i == 0) {
            return i;
        }
        if (DefiniteGroup.opens(w, i)) {
            return DefiniteGroup.head(w, i, heads, nameWords);
        }
        int k = i + 2;
        if (!Character.isUpperCase(word.text().charAt(0)) || !w.lower(i + 1).equals("'s")) {
            return -1;
        }
        if (w.tag(k).equals("ADJ")) {
            k++;
        }
        return heads.contains(w.get(Math.min(k, w.size() - 1)).stem()) && k < w.size() && isSingular(w.lower(k)) ? k : -1;
    }

    /**
     * One of the subject's nouns named as another's: "Ukrainian forces", "Kyiv's troops", "its
     * soldiers". Bare ("the troops", "12,000 soldiers") it may well be the subject itself.
     */
    private static boolean namesAnotherGroup(SentenceWords w, int head) {
        if (head == 0) {
            return false;
        }
        Word before = w.get(head - 1);
        return before.is("'s") || before.is("its") || before.is("our")
            || Character.isUpperCase(before.text().charAt(0)) && !Lexicon.isFunctionWord(before.lower())
            && !Lexicon.DETERMINERS.contains(before.lower());
    }

    /**
     * A plural noun that is the subject of a verb ("forces are", "prices rose"), so that "they" next
     * may be that group; sources that speak ("officials say") do not count.
     */
    private static boolean actsAsGroup(SentenceWords w, int i) {
        Word word = w.get(i);
        String lower = word.lower();
        if (i + 1 >= w.size() || lower.length() < 4 || !lower.endsWith("s") || lower.endsWith("ss")
            || lower.endsWith("us") || lower.endsWith("is") || !Character.isLetter(lower.charAt(0))
            || Lexicon.isFunctionWord(lower)) {
            return false;
        }
        String next = w.lower(i + 1);
        return Lexicon.AUXILIARIES.contains(next) || Lexicon.MODALS.contains(next)
            || Lexicon.looksVerbal(next) && !VerbsOfSaying.contains(next);
    }

    /**
     * The subject's head written without its article where headlines and timeline lines drop it:
     * capitalized, singular opening the line, or after a timeline's dash or colon ("Oct. 3 — Bridge
     * reopened", "March 4 — Schools close").
     */
    private boolean bareHead(SentenceWords w, int i) {
        Word word = w.get(i);
        return heads.contains(word.stem()) && Character.isUpperCase(word.text().charAt(0))
            && (i == 0 && isSingular(word.lower()) || i > 0 && LINE_OPENERS.contains(w.lower(i - 1)));
    }

    /**
     * The subject's head with no determiner, opening a clause after a verb of saying, "that" or a
     * conjunction and followed by its verb group: "officials said sales remain halted", "and service
     * has not resumed". A modifier or an owner before it ("car sales", "its sales") makes it another's.
     */
    private boolean bareClauseSubject(SentenceWords w, int i) {
        if (i == 0 || i + 1 >= w.size() || !heads.contains(w.get(i).stem()) || !Character.isLowerCase(w.get(i).text().charAt(0))) {
            return false;
        }
        String before = w.lower(i - 1);
        String next = w.lower(i + 1);
        boolean opens = VerbsOfSaying.contains(before) || CLAUSE_OPENERS.contains(before);
        return opens && (Lexicon.AUXILIARIES.contains(next) || io.factaudit.lexicon.ClosedClass.LINKING_VERBS.contains(next)
            || Lexicon.MODALS.contains(next) || w.tag(i + 1).equals("VERB") && !VerbsOfSaying.contains(next));
    }

    /** A noun not written as a plural: "crossing", "plan", "press"; not "troops", "results". */
    static boolean isSingular(String lower) {
        return !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is");
    }

    /** The references in the next sentence of the article; sentences must come in order. */
    List<Reference> next(int sentence, Span paragraph, SentenceWords w) {
        List<Reference> explicit = new ArrayList<>();
        for (PhraseIndex.Found<Boolean> f : spellings.find(w, MODIFIER)) {
            explicit.add(new Reference(f.first(), f.last(), true));
        }
        boolean samePassage = sentence - lastSentence <= 2 || paragraph.equals(lastParagraph);
        List<Reference> all = new ArrayList<>();
        int e = 0;
        for (int i = 0; i < w.size(); i++) {
            while (e < explicit.size() && explicit.get(e).first() < i) {
                e++;
            }
            if (e < explicit.size() && explicit.get(e).first() == i) {
                Reference r = explicit.get(e++);
                all.add(r);
                lastGroupIsSubject = true;
                lastNounIsSubject = true;
                samePassage = true;
                i = r.last();
                continue;
            }
            Word word = w.get(i);
            boolean pronoun = pronouns.contains(word.lower());
            int head = DefiniteGroup.opens(w, i) ? DefiniteGroup.head(w, i, heads, nameWords) : -1;
            if (head > 0 && e < explicit.size() && explicit.get(e).first() <= head) {
                head = -1; // the group holds a spelling of the subject: that is read as the name
            }
            boolean singular = head > 0 && isSingular(w.lower(head));
            boolean demonstrative = head > 0;
            // "the crossing" names the one crossing the article named, however far back; "they" and
            // "the troops" only within the passage
            boolean definite = demonstrative && singular && lastSentence >= 0;
            if ((bareHead(w, i) || i == 0 && samePassage && heads.contains(word.stem()) && word.text().length() > 1
                && Character.isUpperCase(word.text().charAt(0))) && lastSentence >= 0 && lastNounIsSubject) {
                all.add(new Reference(i, i, false)); // a headline's or timeline's "Bridge reopened"
                continue;
            }
            if (samePassage && lastNounIsSubject && lastSentence >= 0 && bareClauseSubject(w, i)) {
                all.add(new Reference(i, i, false)); // "Dealers said sales remain halted."
                continue;
            }
            int ahead = lastSentence < 0 && all.isEmpty() && namedLater ? ahead(w, i) : -1;
            if (ahead >= i) {
                all.add(new Reference(i, ahead, false)); // a headline's "Schools shut", "With Osk's main crossing shut"
                i = ahead;
                continue;
            }
            if ((samePassage || definite) && (pronoun && lastGroupIsSubject && samePassage
                || demonstrative && lastNounIsSubject)) {
                int last = demonstrative ? head : i;
                all.add(new Reference(i, last, false));
                i = last;
            } else if (heads.contains(word.stem()) && !word.isPunctuation() && namesAnotherGroup(w, i)) {
                lastGroupIsSubject = false; // another group named with the subject's nouns: "Ukrainian forces"
                lastNounIsSubject = false;
            } else if (actsAsGroup(w, i)) {
                lastGroupIsSubject = false; // another group doing something: "they" may be it, "the troops" not
            }
        }
        if (!all.isEmpty()) {
            lastSentence = sentence;
            lastParagraph = paragraph;
        }
        return all;
    }
}
