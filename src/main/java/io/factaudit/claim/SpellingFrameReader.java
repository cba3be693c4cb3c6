package io.factaudit.claim;

import io.factaudit.language.Folded;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.WordFamily;
import io.factaudit.lexicon.WordForms;
import io.factaudit.lexicon.WordNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.extjwnl.data.POS;

/**
 * Reads a sheet's spelling into a {@link SpellingFrame}: which word is the counted noun, which the
 * verb said of it (written as a verb rather than a noun: "cut" of "cut jobs", not "job"), which the
 * event noun ("cuts" of "job cuts"), and what the verb takes after its object ("from their homes").
 * The verb's forms are its WordNet family's and their synonyms' ("closed": "shut"), a phrasal
 * verb's only its family's. Kept apart from the frame, which matches sentences: this reads a
 * sheet's words once.
 */
final class SpellingFrameReader {

    private SpellingFrameReader() {
    }

    /** The spelling's frame, or null when it is not one (a name, a count noun, or words of another shape). */
    static SpellingFrame read(String spelling) {
        String[] written = Folded.of(spelling).text().trim().split("\\s+");
        List<String> main = new ArrayList<>();
        String complement = null;
        boolean particle = false;
        for (int i = 0; i < written.length; i++) {
            String word = written[i];
            String w = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
                return null; // a number, "lay-offs": the text splits it, no frame
            }
            if (Character.isUpperCase(word.charAt(0))) {
                continue; // "people killed in Tarn": the name makes the subject, not the frame
            }
            if (SubjectProfile.GENERIC_COUNT_NOUNS.contains(w)) {
                return null; // "death toll", "case count": a figure, not what is counted
            }
            if (ClosedClass.PARTICLES.contains(w)) {
                particle = true;
                continue;
            }
            boolean infinitive = w.equals("to") && i + 1 < written.length && verbFirst(written[i + 1].toLowerCase(Locale.ROOT));
            if (ClosedClass.PREPOSITIONS.contains(w) && !infinitive || ClosedClass.DETERMINERS.contains(w)) {
                // "driven from their homes", "cases of measles": what follows is not the counted noun
                if (!main.isEmpty() && complement == null) {
                    complement = "";
                }
                continue;
            }
            if (ClosedClass.contains(w)) {
                continue; // "jobs will go", "jobs to go"
            }
            if (complement != null) {
                complement = w;
            } else {
                main.add(w);
            }
        }
        if (complement != null && complement.isEmpty()) {
            complement = null;
        }
        return switch (main.size()) {
            case 1 -> one(main.get(0), particle, complement);
            case 2 -> two(main.get(0), main.get(1), complement, particle);
            default -> null;
        };
    }

    /** "layoffs", "evacuees": a noun the count goes before; "laid off", "evacuated": a verb whose object is people. */
    private static SpellingFrame one(String w, boolean particle, String complement) {
        if (particle || verbFirst(w)) {
            // a phrasal verb's synonyms are not its verb's ("lay off" is not "put")
            return new SpellingFrame(null, null, particle ? familyVerbs(w) : verbForms(w), complement);
        }
        return WordForms.isNoun(w) && complement == null ? new SpellingFrame(null, w, Set.of(), null) : null;
    }

    /** "jobs cut", "cut jobs", "job cuts", "confirmed cases", "people infected". */
    private static SpellingFrame two(String a, String b, String complement, boolean particle) {
        if (complement != null) {
            return null;
        }
        if ((WordForms.isPluralNoun(a) || Persons.namesPeople(a)) && WordForms.isVerb(b)) {
            return new SpellingFrame(a, null, particle ? familyVerbs(b) : verbForms(b), null);
        }
        if (verbFirst(a) && WordForms.isNoun(b)) {
            return new SpellingFrame(b, null, particle ? familyVerbs(a) : verbForms(a), null);
        }
        if (WordForms.isNoun(a) && WordForms.isPluralNoun(b)) {
            return new SpellingFrame(a, b, particle ? familyVerbs(b) : verbForms(b), null); // "job cuts": the jobs are cut
        }
        return null;
    }

    /** A word written as a verb rather than a noun: a participle, or a verb more used than the noun ("cut", not "job"). */
    private static boolean verbFirst(String w) {
        if (!WordForms.isVerb(w)) {
            return false;
        }
        if (!WordForms.isNoun(w) || w.endsWith("ed") && !w.endsWith("eed")) {
            return true;
        }
        int asVerb = WordNet.lemmas(w, POS.VERB).stream().mapToInt(l -> WordNet.useCount(l, POS.VERB)).max().orElse(0);
        int asNoun = WordNet.lemmas(w, POS.NOUN).stream().mapToInt(l -> WordNet.useCount(l, POS.NOUN)).max().orElse(0);
        return asVerb > asNoun;
    }

    /**
     * The forms of the verbs of a word's family ("cuts": cut, cutting; "infections": infect, infected),
     * and of their synonyms in WordNet ("closed": shut).
     */
    private static Set<String> verbForms(String w) {
        Set<String> family = familyVerbs(w);
        Set<String> verbs = new java.util.HashSet<>(family);
        family.forEach(v -> verbs.addAll(WordFamily.synonymVerbForms(v)));
        return Set.copyOf(verbs);
    }

    private static Set<String> familyVerbs(String w) {
        return WordFamily.of(w).stream().filter(WordForms::isVerb).collect(Collectors.toUnmodifiableSet());
    }

}
