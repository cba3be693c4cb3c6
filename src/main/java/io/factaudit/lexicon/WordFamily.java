package io.factaudit.lexicon;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * A word's family: its lemmas in every part of speech, the words WordNet derives from the same
 * root, and the inflected forms of each ("deaths" → death, die, died, dies, dying, dead;
 * "evacuated" → evacuate, evacuation, evacuee, evacuees). What a sheet's subject means, for any
 * topic, is read through this. A word WordNet does not know is its own family.
 */
public final class WordFamily {

    private static final WordMemo<Set<String>> CACHE = new WordMemo<>();
    private static final WordMemo<Boolean> KINDS = new WordMemo<>();

    private WordFamily() {
    }

    public static Set<String> of(String word) {
        return CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT), WordFamily::compute);
    }

    /**
     * The nouns of the act a verb's form names, as WordNet derives them from its lemmas ("closure"
     * and "closing" for "closed", "reopening" for "reopened", "restoration" for "restored"): nouns
     * in the lexicographer files of acts and events, not the agent ("closer") nor the thing made.
     */
    public static Set<String> nounsOfTheAct(String verbForm) {
        Set<String> nouns = new LinkedHashSet<>();
        for (String lemma : WordNet.lemmas(verbForm.toLowerCase(Locale.ROOT), POS.VERB)) {
            for (String noun : WordNet.derivations(lemma)) {
                Set<String> files = WordNet.derivedNounFiles(lemma, noun);
                if (!noun.equals(lemma) && (files.contains("noun.act") || files.contains("noun.event"))) {
                    nouns.add(noun);
                }
            }
        }
        return Set.copyOf(nouns);
    }

    /**
     * As {@link #nounsOfTheAct}, with the verb's own lemma when WordNet's most frequent noun sense
     * of it is an act, an event or the state it brings ("halt" for "halted"): "a halt to sales"
     * names it as "the suspension of sales" does; not "release", first a thing released.
     */
    public static Set<String> nounsOfTheActAnySpelling(String verbForm) {
        Set<String> nouns = new LinkedHashSet<>(nounsOfTheAct(verbForm));
        for (String lemma : WordNet.lemmas(verbForm.toLowerCase(Locale.ROOT), POS.VERB)) {
            if (WordNet.inLexFile(lemma, POS.NOUN, "noun.act", 1) || WordNet.inLexFile(lemma, POS.NOUN, "noun.event", 1)
                || WordNet.inLexFile(lemma, POS.NOUN, "noun.state", 1)) {
                nouns.add(lemma);
            }
        }
        return Set.copyOf(nouns);
    }

    /**
     * The nouns a verb's form is made from that name where or in what state its object is put
     * ("hospital" for "hospitalized", "jail" for "jailed", "quarantine" for "quarantined"): WordNet's
     * derivations of its lemmas contained in the lemma, an artifact or a state, so "in hospital"
     * says what "hospitalized" says; not the agent or the tool ("opener", "stopper").
     */
    public static Set<String> nounsOfItsPlace(String verbForm) {
        Set<String> nouns = new LinkedHashSet<>();
        for (String lemma : WordNet.lemmas(verbForm.toLowerCase(Locale.ROOT), POS.VERB)) {
            for (String noun : WordNet.derivations(lemma)) {
                Set<String> files = WordNet.derivedNounFiles(lemma, noun);
                if (noun.length() > 2 && lemma.contains(noun) && (files.contains("noun.artifact") || files.contains("noun.state"))) {
                    nouns.add(noun);
                }
            }
        }
        return Set.copyOf(nouns);
    }

    /**
     * The nouns, in both numbers, of the act a sheet's word names: of a verb's form, the nouns of its act
     * ("evacuated" → evacuation, evacuations; "cancelled" → cancellation, cancellations); of a noun that
     * is itself the act of a verb of its family, the noun ("closures" → closure, closures); nothing for
     * a noun of what is counted ("schools", "troops") nor a word WordNet does not know.
     */
    public static Set<String> actNouns(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> acts = new LinkedHashSet<>();
        if (WordForms.isVerb(w) && (!WordForms.isNoun(w) || w.endsWith("ed") && !w.endsWith("eed"))) {
            nounsOfTheAct(w).forEach(n -> acts.addAll(NounForms.of(n)));
            return Set.copyOf(acts);
        }
        Set<String> lemmas = WordNet.lemmas(w, POS.NOUN);
        for (String verb : of(w)) {
            if (!verb.equals(w) && WordForms.isVerb(verb) && nounsOfTheAct(verb).stream().anyMatch(lemmas::contains)) {
                lemmas.forEach(l -> acts.addAll(NounForms.of(l)));
                break;
            }
        }
        return Set.copyOf(acts);
    }

    /**
     * The forms of a verb's synonyms: the one-word members of the most frequent sense of each of its
     * verb lemmas whose own most frequent sense is that one ("closed" → shut, shuts, shutting;
     * "died" → perish, decease), so "shut" says what "closed" says; not "go", whose first sense is
     * of moving. Empty for a word that is no verb.
     */
    public static Set<String> synonymVerbForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (String lemma : WordNet.lemmas(word.toLowerCase(Locale.ROOT), POS.VERB)) {
            var senses = WordNet.senses(lemma, POS.VERB);
            if (senses.isEmpty()) {
                continue;
            }
            long first = senses.get(0).getOffset();
            for (var member : senses.get(0).getWords()) {
                String m = member.getLemma().toLowerCase(Locale.ROOT);
                var own = WordNet.senses(m, POS.VERB);
                if (!m.equals(lemma) && m.chars().allMatch(Character::isLetter) && !ClosedClass.contains(m)
                    && !own.isEmpty() && own.get(0).getOffset() == first) {
                    forms.addAll(VerbForms.of(m));
                }
            }
        }
        return Set.copyOf(forms);
    }

    /**
     * The family of a counted noun: as {@link #of}, without the nouns that name a person when the noun
     * names none, since a vote is not a voter nor a case a caseworker ("votes" counts votes, not "voters").
     */
    public static Set<String> ofCountedNoun(String word) {
        Set<String> family = of(word);
        if (Persons.isPerson(word)) {
            return family;
        }
        Set<String> things = new LinkedHashSet<>();
        for (String w : family) {
            if (!Persons.isPerson(w) || Persons.isPerson(word)) {
                things.add(w);
            }
        }
        return Set.copyOf(things);
    }

    /**
     * Whether a noun is a kind of the counted noun: one of its senses is the counted noun's most frequent
     * sense or lies below it ("posts" and "positions" are jobs: WordNet puts "position, post" below
     * "job, occupation"), or the two share a lemma ("job", "jobs").
     */
    public static boolean isKindOf(String noun, String counted) {
        return KINDS.computeIfAbsent(noun.toLowerCase(Locale.ROOT) + "|" + counted.toLowerCase(Locale.ROOT),
            k -> kindOf(noun.toLowerCase(Locale.ROOT), counted.toLowerCase(Locale.ROOT)));
    }

    private static boolean kindOf(String noun, String counted) {
        Set<String> countedLemmas = WordNet.lemmas(counted, POS.NOUN);
        Set<String> lemmas = WordNet.lemmas(noun, POS.NOUN);
        if (lemmas.stream().anyMatch(countedLemmas::contains)) {
            return true;
        }
        for (String c : countedLemmas) {
            var senses = WordNet.senses(c, POS.NOUN);
            if (senses.isEmpty()) {
                continue;
            }
            Set<Long> root = Set.of(senses.get(0).getOffset());
            for (String lemma : lemmas) {
                if (WordNet.isA(lemma, POS.NOUN, root, 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> compute(String word) {
        Set<String> family = new LinkedHashSet<>();
        family.add(word);
        Set<String> lemmas = new LinkedHashSet<>();
        for (POS pos : POS.getAllPOS()) {
            lemmas.addAll(WordNet.lemmas(word, pos));
        }
        for (String lemma : lemmas) {
            Set<String> relatives = new LinkedHashSet<>(WordNet.derivations(lemma));
            relatives.addAll(nounsOfAgentAndAction(lemma));
            for (String related : relatives) {
                if (related.contains(" ")) {
                    continue;
                }
                family.add(related);
                if (!WordNet.senses(related, POS.NOUN).isEmpty()) {
                    family.addAll(NounForms.of(related));
                }
                if (!WordNet.senses(related, POS.VERB).isEmpty()) {
                    family.addAll(VerbForms.of(related));
                }
            }
        }
        return Set.copyOf(family);
    }

    /**
     * The nouns English derives from a verb with its productive suffixes, where WordNet has them as
     * nouns ("evacuate" → "evacuee", "strike" → "striker"): WordNet links some but not all of them.
     */
    private static Set<String> nounsOfAgentAndAction(String verb) {
        Set<String> nouns = new LinkedHashSet<>();
        if (WordNet.senses(verb, POS.VERB).isEmpty()) {
            return nouns;
        }
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        for (String suffix : new String[] {"ee", "er", "or", "ion", "ation", "ment"}) {
            String noun = stem + suffix;
            if (!WordNet.senses(noun, POS.NOUN).isEmpty()) {
                nouns.add(noun);
            }
        }
        return nouns;
    }
}
