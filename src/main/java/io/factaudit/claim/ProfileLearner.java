package io.factaudit.claim;

import io.factaudit.language.Folded;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.Persons;
import io.factaudit.lexicon.VerbsOfHarm;
import io.factaudit.lexicon.WordFamily;
import io.factaudit.lexicon.WordForms;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Learns a {@link SubjectProfile} from a sheet name's spellings: splits each spelling into the
 * words that name this subject (capitalized names and demonyms, and the common words before the
 * head: "Dalvanian" and "storm" of "Dalvanian storm deaths") and its head with what is said of it
 * ("deaths"; "people evacuated"), each head with its WordNet family. Kept apart from the profile,
 * which only answers questions about sentences.
 */
final class ProfileLearner {

    /** A spelling that names where the counted come from ("refugees from Dalvania"). */
    private static final Pattern ORIGIN = Pattern.compile("\\bfrom\\s+(the\\s+)?\\p{Lu}");
    private static final Pattern POSSESSIVE = Pattern.compile("'s$");
    private static final Set<String> FUNCTION = Set.of("in", "of", "from", "the", "a", "an", "by", "to", "at", "on",
        "'s", "s");

    private ProfileLearner() {
    }

    /** The profile of a sheet name, from its name and other spellings alone. */
    static SubjectProfile learn(Name name) {
        Set<String> heads = new LinkedHashSet<>();
        Set<String> alone = new LinkedHashSet<>();
        List<List<String>> modifiersBySpelling = new ArrayList<>();
        List<SpellingFrame> frames = new ArrayList<>();
        List<PredicateSpelling> predicates = new ArrayList<>();
        boolean owned = false;
        for (String spelling : name.spellings()) {
            PredicateSpelling predicate = PredicateSpelling.of(spelling);
            if (predicate != null) {
                predicates.add(predicate);
            }
            SpellingFrame frame = SpellingFrame.of(spelling);
            if (frame != null) {
                frames.add(frame);
            }
            if (frame != null && frame.complement() != null) {
                // "driven from their homes": the verb is said of what is counted; the homes are not counted
                heads.addAll(frame.verbs());
                continue;
            }
            String[] written = SubjectProfile.WHITESPACE.split(Folded.of(spelling).text().trim());
            List<String> modifiers = new ArrayList<>();
            List<String> common = new ArrayList<>();
            for (String word : written) {
                String w = POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
                // words of grammar and the particles of phrasal verbs ("posts will close", "sent home") say nothing of what is counted
                if (FUNCTION.contains(w) || ClosedClass.contains(w) || ClosedClass.PARTICLES.contains(w) || w.isBlank()
                    || SubjectProfile.GROUPS.contains(w)) {
                    continue;
                }
                if (Character.isUpperCase(word.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                    modifiers.add(w); // a name or a demonym: what makes the subject this one
                    owned |= Character.isUpperCase(word.charAt(0));
                } else {
                    common.add(w);
                }
            }
            // the last common word is what is counted (or said of it: "killed", "evacuated"), with the
            // common words after a head noun ("people evacuated"); the ones before it are modifiers
            int head = common.size() - 1;
            while (head > 0 && isPredicate(common, head) && !isPredicate(common, head - 1)) {
                head--;
            }
            for (int i = 0; i < common.size(); i++) {
                if (i < head) {
                    modifiers.add(common.get(i));
                } else if (!Persons.GENERIC.contains(common.get(i))) {
                    heads.addAll(i == head ? WordFamily.ofCountedNoun(common.get(i)) : WordFamily.of(common.get(i)));
                }
            }
            if (written.length == 1 && modifiers.isEmpty() && common.size() == 1 && !isPredicate(common, 0)) {
                alone.add(common.get(0)); // "refugees": the noun alone is a spelling of the subject
            }
            modifiersBySpelling.add(modifiers);
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (List<String> modifiers : modifiersBySpelling) {
            // a modifier of one spelling that another counts ("death" toll, "deaths") is no keyword
            List<String> kept = modifiers.stream().filter(m -> !heads.contains(m)).toList();
            if (!kept.isEmpty()) {
                String keyword = String.join(" ", kept);
                keywords.add(keyword);
                // a demonym names its country too: "North Korean" troops come from "North Korea"
                if (keyword.endsWith("ian")) {
                    keywords.add(keyword.substring(0, keyword.length() - 1));
                } else if (keyword.endsWith("an")) {
                    keywords.add(keyword.substring(0, keyword.length() - 1));
                }
            }
        }
        heads.removeIf(h -> SubjectProfile.GENERIC_COUNT_NOUNS.contains(h) && !h.equals("toll"));
        Set<String> countNouns = new LinkedHashSet<>(SubjectProfile.GENERIC_COUNT_NOUNS);
        List<String> sorted = new ArrayList<>(keywords);
        sorted.removeIf(String::isBlank);
        sorted.sort((a, b) -> b.length() - a.length());
        return new SubjectProfile(name.name(), Set.copyOf(heads), List.copyOf(sorted), Set.copyOf(countNouns), List.copyOf(frames),
            Set.copyOf(alone), name.spellings().stream().anyMatch(sp -> ORIGIN.matcher(sp).find()), List.copyOf(predicates),
            SubjectActs.of(name.spellings()), owned);
    }

    /**
     * A participle said of what is counted ("evacuated", "killed", "burned"): spelled as a verb form, not a
     * noun; or a verb after a noun in the plural ("votes cast", "jobs cut"), since a noun that modifies
     * another is written in the singular ("job cuts"): a plural before a word makes that word said of it.
     */
    private static boolean isPredicate(List<String> words, int i) {
        String w = words.get(i);
        if ((w.endsWith("ed") || VerbsOfHarm.contains(w)) && !w.endsWith("eed")) {
            return true;
        }
        return i > 0 && WordForms.isPluralNoun(words.get(i - 1)) && !WordForms.isPluralNoun(w) && WordForms.isVerb(w);
    }

}
