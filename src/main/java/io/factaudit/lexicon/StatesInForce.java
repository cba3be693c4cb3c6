package io.factaudit.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * States of holding and the words that end or begin them, from WordNet 3.1. A state of holding is
 * one a measure or an undertaking is in while it lasts: a member of the sense "exerting force or
 * influence" ("in force", "in effect", "effective") or "currently in progress" ("underway",
 * "afoot"). What ends it: the members of "have an end" ("ended", "ceased"), "bring to an end"
 * ("terminated"), "cancel officially" ("lifted", "repealed", "revoked"), "postpone indefinitely or
 * annul" ("called off", "cancelled") and the adjective "having come or been brought to a
 * conclusion" ("over"); what begins it: "have a beginning" ("began", "started") and "compel to
 * behave in a certain way" ("imposed", "enforced": a measure imposed is in force). Each verb in all
 * its forms, a phrasal verb as its verb's forms with the particle ("called off").
 */
public final class StatesInForce {

    private static final String[][] HOLDING = {{"effective", "exerting force or influence"},
        {"underway", "currently in progress"}};
    private static final String[][] ENDING_VERBS = {{"end", "have an end"}, {"end", "bring to an end"},
        {"revoke", "cancel officially"}, {"cancel", "postpone indefinitely"}};
    private static final String[][] ENDING_ADJECTIVES = {{"over", "having come or been brought to a conclusion"}};
    private static final String[][] BEGINNING_VERBS = {{"begin", "have a beginning"},
        {"impose", "compel to behave in a certain way"}};

    private static volatile Words words;

    /**
     * The compiled word classes: each form of a verb of ending or beginning mapped to its particle
     * ("" when it has none).
     */
    private record Words(Set<String> holding, Map<String, Set<String>> ending, Set<String> over,
                         Map<String, Set<String>> beginning) {
    }

    private StatesInForce() {
    }

    /** Whether a milestone's wording names a state of holding: "in force", "in effect", "underway". */
    public static boolean holds(String wording) {
        return words().holding().contains(wording.strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
    }

    /** The particles with which a form of a verb of ending ends a state ("" alone, "off" for "called"), or empty. */
    public static Set<String> endingParticles(String lowerWord) {
        return words().ending().getOrDefault(lowerWord, Set.of());
    }

    /** "over", "ended", "concluded": an adjective that says the state has ended. */
    public static boolean isOver(String lowerWord) {
        return words().over().contains(lowerWord);
    }

    /** The particles with which a form of a verb of beginning begins a state ("" for "began"), or empty. */
    public static boolean begins(String lowerWord) {
        return words().beginning().containsKey(lowerWord);
    }

    private static Words words() {
        if (words == null) {
            words = new Words(members(HOLDING, POS.ADJECTIVE), verbs(ENDING_VERBS),
                Set.copyOf(members(ENDING_ADJECTIVES, POS.ADJECTIVE)), verbs(BEGINNING_VERBS));
        }
        return words;
    }

    private static Set<String> members(String[][] senses, POS pos) {
        Set<String> members = new java.util.HashSet<>();
        for (String[] s : senses) {
            for (Word w : WordNet.sense(s[0], pos, s[1]).getWords()) {
                members.add(w.getLemma().toLowerCase(Locale.ROOT).replace(' ', '_'));
            }
        }
        return Set.copyOf(members);
    }

    /** Every form of the senses' one-word and phrasal members, with their particles. */
    private static Map<String, Set<String>> verbs(String[][] senses) {
        Map<String, Set<String>> particles = new HashMap<>();
        for (String[] s : senses) {
            Synset sense = WordNet.sense(s[0], POS.VERB, s[1]);
            for (Word w : sense.getWords()) {
                String[] parts = w.getLemma().toLowerCase(Locale.ROOT).split("[ _]");
                if (parts.length > 2 || parts.length == 2 && !ClosedClass.PARTICLES.contains(parts[1])
                    || !parts[0].chars().allMatch(Character::isLetter)) {
                    continue;
                }
                String particle = parts.length == 2 ? parts[1] : "";
                for (String form : VerbForms.of(parts[0])) {
                    particles.computeIfAbsent(form, k -> new java.util.HashSet<>()).add(particle);
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        particles.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
