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

    /** Whether a noun (in any number: "officers") names a holder of an office. */
    public static boolean isOffice(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (nouns().contains(w)) {
            return true;
        }
        return WordNet.lemmas(w, POS.NOUN).stream().anyMatch(nouns()::contains);
    }

    /** The office a verb says its subject holds ("chairs" → "chair", "leads" → "leader"), if it names one. */
    public static Optional<String> officeOfVerb(String verb) {
        for (String lemma : WordNet.lemmas(verb.toLowerCase(Locale.ROOT), POS.VERB)) {
            for (String derived : WordNet.derivations(lemma)) {
                if (!WordNet.senses(derived, POS.NOUN).isEmpty() && nouns().contains(derived)) {
                    return Optional.of(derived);
                }
            }
        }
        return Optional.empty();
    }
}
