package io.factaudit.lexicon;

import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Nouns that name a person: every noun WordNet puts below "person, individual" ("voter", "striker", "evacuee");
 * and nouns that name people, the persons above with the nouns below "people" ("the dead", "people");
 * and travellers, the persons WordNet puts below "traveler" ("refugee", "evacuee", "migrant", "arrival").
 */
public final class Persons {

    private static final int DEPTH = 14;
    private static final WordMemo<Boolean> CACHE = new WordMemo<>();
    private static final WordMemo<Boolean> PEOPLE = new WordMemo<>();
    private static volatile Set<Long> root;
    private static volatile Set<Long> people;
    private static volatile Set<Long> traveller;
    private static final WordMemo<Boolean> TRAVELLERS = new WordMemo<>();

    /**
     * Generic nouns for people, which need a predicate or a source to say what is counted ("40
     * people were rescued", "300 residents signed"): a hand list, as WordNet files them below
     * "person" with every other noun of a person and cannot set them apart.
     */
    public static final Set<String> GENERIC = Set.of("people", "persons", "individuals", "residents", "citizens", "civilians");

    private Persons() {
    }

    /** Whether the word, as a noun in any of its forms, names a person in its most frequent sense. */
    public static boolean isPerson(String word) {
        return CACHE.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> firstSenseBelow(w, roots()));
    }

    /**
     * Whether the word names people: a person noun ("workers", "evacuees"), or a noun whose most frequent
     * sense is below "people, any group of human beings" ("people", "the dead"); "homes", "jobs" and
     * "vehicles" do not, nor does a group that is not of people as such ("troops" are a unit).
     */
    public static boolean namesPeople(String word) {
        return PEOPLE.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> isPerson(w) || firstSenseBelow(w, peopleRoot()));
    }

    /**
     * Whether a sense of the noun names a person who changes location ("refugees", "evacuees", "migrants",
     * "arrivals", "passengers"): "from X" said of them is where they came from, not whose they are.
     * "Soldiers" and "workers" are not travellers, nor "troops".
     */
    public static boolean isTraveller(String word) {
        return TRAVELLERS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> {
            for (String lemma : WordNet.lemmas(w, POS.NOUN)) {
                if (WordNet.isA(lemma, POS.NOUN, travellerRoot(), DEPTH)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static Set<Long> travellerRoot() {
        if (traveller == null) {
            traveller = Set.of(WordNet.sense("traveler", POS.NOUN, "a person who changes location").getOffset());
        }
        return traveller;
    }

    private static volatile Set<Long> sexOrAge;
    private static final WordMemo<Boolean> BY_SEX_OR_AGE = new WordMemo<>();

    /**
     * Whether the noun names persons by their sex or age in its most frequent sense ("men", "women",
     * "children", "boys", "teenagers", "pensioners"): WordNet's nouns below male person, female
     * person, juvenile and old person.
     */
    public static boolean bySexOrAge(String word) {
        return BY_SEX_OR_AGE.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> firstSenseBelow(w, sexOrAgeRoots()));
    }

    private static Set<Long> sexOrAgeRoots() {
        if (sexOrAge == null) {
            sexOrAge = Set.of(WordNet.sense("male", POS.NOUN, "a person who belongs to the sex that cannot").getOffset(),
                WordNet.sense("female", POS.NOUN, "a person who belongs to the sex that can").getOffset(),
                WordNet.sense("juvenile", POS.NOUN, "a young person").getOffset(),
                WordNet.sense("old person", POS.NOUN, "an elderly person").getOffset());
        }
        return sexOrAge;
    }

    private static boolean firstSenseBelow(String word, Set<Long> roots) {
        for (String lemma : WordNet.lemmas(word, POS.NOUN)) {
            var senses = WordNet.senses(lemma, POS.NOUN);
            // the first sense only: "job" is also a man of the Old Testament, "case" also a person of a kind
            if (!senses.isEmpty() && WordNet.isA(senses.get(0), roots, DEPTH)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Long> peopleRoot() {
        if (people == null) {
            people = Set.of(WordNet.sense("people", POS.NOUN, "(plural) any group of human beings").getOffset());
        }
        return people;
    }

    private static Set<Long> roots() {
        if (root == null) {
            root = Set.of(WordNet.sense("person", POS.NOUN, "a human being").getOffset());
        }
        return root;
    }
}
