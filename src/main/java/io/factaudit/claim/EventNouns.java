package io.factaudit.claim;

import io.factaudit.language.Inflections;
import io.factaudit.language.Lexicon;
import io.factaudit.language.Word;
import io.factaudit.language.Words;
import io.factaudit.lexicon.WordNet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * An event the sheet words with a verb, named by the noun WordNet derives from that verb: "declared
 * a state of calamity" is also "the declaration of a state of calamity", "shareholders voted" is
 * "the vote", "ratified the treaty" "the ratification of the treaty". The nouns kept name the act
 * (WordNet's most frequent sense an act, an event, a process or a communication), not its agent
 * ("declarer") or a thing ("crest": a hilltop first); a noun spelled as its verb must name an act
 * or an event, first or as the verb's most frequent sense derives it ("the vote", "the launch" of
 * "launched the survey"; not "the report" or "the call").
 */
final class EventNouns {

    private static final Set<String> ACT_FILES = Set.of("noun.act", "noun.event", "noun.process", "noun.communication");
    private static final Set<String> BARE_FILES = Set.of("noun.act", "noun.event");
    /** The suffixes English names an act with ("declaration", "announcement", "approval", "signing", "failure"). */
    private static final List<String> ACT_SUFFIXES = List.of("ion", "ment", "al", "ance", "ence", "ure", "ing");

    private EventNouns() {
    }

    /** The nouns of the act a wording's verb names, or none when it has no verb in a past form. */
    static Set<String> of(String wording) {
        Set<String> nouns = new LinkedHashSet<>();
        Word verb = verb(Words.of(wording));
        if (verb == null) {
            return nouns;
        }
        for (String lemma : WordNet.lemmas(verb.lower(), POS.VERB)) {
            for (String noun : WordNet.derivations(lemma)) {
                if (!noun.contains(" ") && namesTheAct(noun, lemma)) {
                    nouns.add(noun);
                }
            }
        }
        return nouns;
    }

    /**
     * The head of a wording told as a noun, when it names an act or an event: "referendum" of "the
     * Osk referendum", "vote" of "shareholder vote"; none for a wording with a verb ("dam failed").
     */
    static Set<String> head(String wording) {
        List<Word> words = Words.of(wording);
        if (words.isEmpty() || verb(words) != null) {
            return Set.of();
        }
        String last = words.get(words.size() - 1).lower();
        List<Synset> senses = WordNet.senses(last, POS.NOUN);
        return !senses.isEmpty() && BARE_FILES.contains(senses.get(0).getLexFileName()) ? Set.of(last) : Set.of();
    }

    /** "declared a state of alert": "declaration of a state of alert", one for each noun of the act. */
    static List<String> withObject(String wording) {
        List<Word> words = Words.of(wording);
        Word verb = verb(words);
        if (verb == null || verb != words.get(0) || words.size() < 2 || Lexicon.PREPOSITIONS.contains(words.get(1).lower())
            || !Lexicon.isNominal(words.get(1))) {
            return List.of();
        }
        String object = wording.strip().substring(wording.strip().indexOf(' ') + 1);
        return of(wording).stream().map(noun -> noun + " of " + object).toList();
    }

    /**
     * "the dam failed": "the dam's failure"; "Osk closed the plant": "Osk's closure" and "Osk's closure of
     * the plant", one for each noun of the act, when the wording names its subject before the verb.
     */
    static List<String> possessive(String wording) {
        List<Word> words = Words.of(wording);
        Word verb = verb(words);
        if (verb == null || verb == words.get(0)) {
            return List.of();
        }
        String written = wording.strip();
        int at = written.indexOf(verb.text());
        String subject = written.substring(0, at).strip();
        String object = written.substring(at + verb.text().length()).strip();
        if (subject.isEmpty() || subject.endsWith("s") && !Character.isUpperCase(subject.charAt(0))) {
            return List.of(); // "shareholders voted": a plural's possessive is written otherwise
        }
        List<String> out = new ArrayList<>();
        for (String noun : of(wording)) {
            out.add(subject + "'s " + noun);
            if (!object.isEmpty() && !Lexicon.PREPOSITIONS.contains(Words.of(object).get(0).lower())) {
                out.add(subject + "'s " + noun + " of " + object);
            }
        }
        return out;
    }

    /**
     * The act named by a compound, its object or its subject first: "closed the Osk plant": "Osk
     * plant closure"; "the dam failed": "dam failure". The words before the noun of the act are
     * the object's (or, with none, the subject's), without their determiner, three at most.
     */
    static List<String> compound(String wording) {
        List<Word> words = Words.of(wording);
        Word verb = verb(words);
        if (verb == null) {
            return List.of();
        }
        int at = words.indexOf(verb);
        List<Word> object = words.subList(at + 1, words.size());
        List<Word> modifier = object.isEmpty() ? words.subList(0, at) : object;
        if (!modifier.isEmpty() && Lexicon.DETERMINERS.contains(modifier.get(0).lower())) {
            modifier = modifier.subList(1, modifier.size());
        }
        if (modifier.isEmpty() || modifier.size() > 3 || !modifier.stream().allMatch(Lexicon::isNominal)) {
            return List.of();
        }
        String prefix = String.join(" ", modifier.stream().map(Word::text).toList());
        return of(wording).stream().map(noun -> prefix + " " + noun).toList();
    }

    /**
     * A compound that names an act by its noun after the nouns it acts on, told with its verb: "hostage
     * swap" is also "swapped hostages", "pier closures" "closed piers", "bridge repair"
     * "repaired the bridge" (the verbs WordNet derives the noun from, or the noun's own verb; the
     * modifiers nouns that WordNet knows as no adjective, three at most); a count before the object is the act's ("released 40
     * prisoners": {@link EventWordings}).
     */
    static List<String> verbFirst(String wording) {
        List<Word> words = Words.of(wording);
        if (!words.isEmpty() && Lexicon.DETERMINERS.contains(words.get(0).lower())) {
            words = words.subList(1, words.size());
        }
        if (words.size() < 2 || words.size() > 4 || verb(words) != null) {
            return List.of();
        }
        Set<String> heads = WordNet.lemmas(words.get(words.size() - 1).lower(), POS.NOUN);
        List<Word> modifiers = words.subList(0, words.size() - 1);
        List<Synset> senses = heads.isEmpty() ? List.of() : WordNet.senses(heads.iterator().next(), POS.NOUN);
        if (senses.isEmpty() || !BARE_FILES.contains(senses.get(0).getLexFileName())
            || !modifiers.stream().allMatch(m -> Lexicon.isNominal(m) && !WordNet.lemmas(m.lower(), POS.NOUN).isEmpty()
                && WordNet.lemmas(m.lower(), POS.ADJECTIVE).isEmpty())) { // nouns, not "first case" or "major strike"
            return List.of();
        }
        String objects = String.join(" ", modifiers.stream().map(Word::text).toList());
        List<String> out = new ArrayList<>();
        for (String noun : heads) {
            for (String verb : WordNet.derivations(noun)) {
                if (!verb.contains(" ") && !WordNet.senses(verb, POS.VERB).isEmpty()) {
                    out.add(verb + " " + objects);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** The wording's first word in a past form that WordNet knows as a verb ("shareholders voted": "voted"). */
    private static Word verb(List<Word> words) {
        for (Word w : words) {
            String lower = w.lower();
            if ((lower.length() > 4 && lower.endsWith("ed") || Inflections.isIrregularPast(lower))
                && !WordNet.lemmas(lower, POS.VERB).isEmpty()) {
                return w;
            }
        }
        return null;
    }

    private static boolean namesTheAct(String noun, String verb) {
        List<Synset> senses = WordNet.senses(noun, POS.NOUN);
        if (senses.isEmpty()) {
            return false;
        }
        String file = senses.get(0).getLexFileName();
        if (noun.equals(verb)) {
            return BARE_FILES.contains(file) || WordNet.derivedNounFiles(verb, noun).stream().anyMatch(BARE_FILES::contains);
        }
        return ACT_FILES.contains(file) && ACT_SUFFIXES.stream().anyMatch(noun::endsWith);
    }
}
