package io.factaudit.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Nouns for people who hold an office or are in charge, from WordNet 3.1: everything below
 * "official" (a worker who holds or is invested with an office), "leader" (a person who rules or
 * guides), "head" (a person who is in charge) and "executive" (a person responsible for the
 * administration of a business): "officer", "chair", "director", "CEO", "governor", "senator".
 * The derived noun of a verb ("chairs" → "chair", "leads" → "leader", "directs" → "director")
 * comes from WordNet's derivational links.
 */
public final class OfficeHolders {

    private static volatile Set<String> nouns;
    private static volatile List<String> titles;
    /** How often a single-word title must be used as a noun in WordNet's corpus: rarer words are no common title. */
    private static final int SINGLE_WORD_USES = 4;

    private OfficeHolders() {
    }

    private static Set<String> nouns() {
        Set<String> n = nouns;
        if (n == null) {
            n = WordNet.below(List.of(WordNet.sense("official", POS.NOUN, "a worker who holds"),
                WordNet.sense("leader", POS.NOUN, "a person who rules"),
                WordNet.sense("head", POS.NOUN, "a person who is in charge"),
                WordNet.sense("executive", POS.NOUN, "a person responsible for the administration")), new java.util.HashSet<>());
            nouns = n;
        }
        return n;
    }

    /**
     * The nouns a person's title is made of: the lemmas below "official", "head" and "executive" whose
     * commonest sense is that office (not "stone" or "page", whose holders of an office are rare
     * senses), written in lower case (no person's name); single words used at least four times as
     * nouns in WordNet's corpus and no more often as adjectives ("director", "commissioner", not
     * "ordinary"), and compounds whose last word is itself an office ("chief operating officer",
     * "vice president", "police commissioner"). In alphabetical order: the fillers of the title
     * capabilities, so a title the lexicon gains is tested the day it comes.
     */
    public static List<String> titles() {
        List<String> t = titles;
        if (t == null) {
            Set<Long> seen = new java.util.HashSet<>();
            Set<String> below = WordNet.below(List.of(WordNet.sense("official", POS.NOUN, "a worker who holds"),
                WordNet.sense("head", POS.NOUN, "a person who is in charge"),
                WordNet.sense("executive", POS.NOUN, "a person responsible for the administration")), seen);
            t = below.stream().filter(w -> isTitle(w, seen)).sorted().toList();
            titles = t;
        }
        return t;
    }

    private static boolean isTitle(String lemma, Set<Long> offices) {
        List<net.sf.extjwnl.data.Synset> senses = WordNet.senses(lemma, POS.NOUN);
        if (senses.isEmpty() || !offices.contains(senses.get(0).getOffset())
            || senses.get(0).getWords().stream().noneMatch(w -> w.getLemma().equals(lemma))) {
            return false;
        }
        String[] words = lemma.split("[ -]");
        if (words.length == 1) {
            return WordNet.useCount(lemma, POS.NOUN) >= SINGLE_WORD_USES
                && WordNet.useCount(lemma, POS.NOUN) >= WordNet.useCount(lemma, POS.ADJECTIVE);
        }
        return words.length <= 3 && !lemma.contains(" of ") && !lemma.contains("'") && isOffice(words[words.length - 1]);
    }

    /** Whether a noun (in any number: "officers") names a holder of an office. */
    public static boolean isOffice(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (nouns().contains(w)) {
            return true;
        }
        return WordNet.lemmas(w, POS.NOUN).stream().anyMatch(nouns()::contains);
    }

    private static volatile Set<Long> appointing;

    /**
     * Whether a verb (any form: "named", "appointed", "elected", "promoted") puts someone in an office:
     * WordNet's "appoint" (create and charge with a task or function), "elect" (select by a vote for an
     * office), "promote" (assign to a higher position: "elevated", "upgraded") and the verbs below them.
     */
    public static boolean isAppointing(String verb) {
        Set<Long> roots = appointing;
        if (roots == null) {
            roots = Set.of(WordNet.sense("appoint", POS.VERB, "create and charge").getOffset(),
                WordNet.sense("elect", POS.VERB, "select by a vote").getOffset(),
                WordNet.sense("promote", POS.VERB, "give a promotion").getOffset());
            appointing = roots;
        }
        Set<Long> r = roots;
        return WordNet.lemmas(verb.toLowerCase(Locale.ROOT), POS.VERB).stream().anyMatch(l -> WordNet.isA(l, POS.VERB, r, 2));
    }

    /** The office a verb says its subject holds ("chairs" → "chair", "leads" → "leader"), if it names one. */
    public static Optional<String> officeOfVerb(String verb) {
        for (String lemma : WordNet.lemmas(verb.toLowerCase(Locale.ROOT), POS.VERB)) {
            Optional<String> office = derivedOffice(lemma);
            if (office.isPresent()) {
                return office;
            }
        }
        return Optional.empty();
    }

    /** How many senses of a verb, commonest first, may say that it puts its subject in charge ("run": the fourth). */
    private static final int VERB_SENSES = 4;

    /**
     * For a verb that names no office, the office of the verb one of its first senses is a way of doing
     * ("runs" a business is to "direct" it, WordNet's hypernym of that sense → "director"), if any.
     */
    public static Optional<String> officeOfItsKind(String verb) {
        for (String lemma : WordNet.lemmas(verb.toLowerCase(Locale.ROOT), POS.VERB)) {
            for (net.sf.extjwnl.data.Synset sense : WordNet.senses(lemma, POS.VERB).stream().limit(VERB_SENSES).toList()) {
                for (net.sf.extjwnl.data.Pointer p : sense.getPointers(net.sf.extjwnl.data.PointerType.HYPERNYM)) {
                    try {
                        for (net.sf.extjwnl.data.Word w : p.getTargetSynset().getWords()) {
                            Optional<String> office = derivedOffice(w.getLemma()).filter(o -> !o.equals(w.getLemma()));
                            if (office.isPresent()) {
                                return office;
                            }
                        }
                    } catch (net.sf.extjwnl.JWNLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> derivedOffice(String lemma) {
        for (String derived : WordNet.derivations(lemma)) {
            if (!WordNet.senses(derived, POS.NOUN).isEmpty() && nouns().contains(derived)) {
                return Optional.of(derived);
            }
        }
        return Optional.empty();
    }

    /** The endings that mark a person noun's gender, or none: "spokesman", "spokeswoman", "spokesperson". */
    private static final List<String> GENDERED = List.of("woman", "man", "person");
    private static final java.util.Map<String, String> NEUTRAL = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One form for the words of a noun that differ only by its ending of gender, so a title in
     * either form is the same office: the stem where WordNet gives it as a synonym ("chairwoman",
     * "chairperson" → "chair"), else the stem with "person" ("spokeswoman", "spokesman" →
     * "spokesperson"), where WordNet knows another of the three forms as a noun (no "German"); any
     * other word as it is. Lower case in and out.
     */
    public static String genderless(String lower) {
        String ending = null;
        for (String g : GENDERED) {
            if (lower.endsWith(g) && lower.length() - g.length() >= 3) {
                ending = g;
                break;
            }
        }
        if (ending == null) {
            return lower;
        }
        String stem = lower.substring(0, lower.length() - ending.length());
        return NEUTRAL.computeIfAbsent(lower, w -> neutral(w, stem));
    }

    private static String neutral(String word, String stem) {
        List<net.sf.extjwnl.data.Synset> forms = new java.util.ArrayList<>();
        for (String g : GENDERED) {
            if (!(stem + g).equals(word)) {
                forms.addAll(WordNet.senses(stem + g, POS.NOUN));
            }
        }
        if (forms.isEmpty() || WordNet.senses(word, POS.NOUN).isEmpty()) {
            return word;
        }
        forms.addAll(WordNet.senses(word, POS.NOUN));
        boolean stemIsSynonym = forms.stream().anyMatch(s -> s.getWords().stream().anyMatch(w -> w.getLemma().equals(stem)));
        return stemIsSynonym ? stem : stem + "person";
    }
}
