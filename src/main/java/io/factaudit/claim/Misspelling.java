package io.factaudit.claim;

import io.factaudit.text.EditDistance;
import io.factaudit.language.Folded;
import io.factaudit.sheet.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which sheet person a full name that is not on the sheet misspells. A name misspells a person's
 * full name (or a full name the sheet lists for them) when, compared word by word (hyphens and
 * spaces both separate words; case and diacritics aside), it has as many words, differs by one
 * or two letters in all, and by at most one letter in any word of six letters or fewer. So
 * "Lloyd Austen", "Rustem Umarov", "Cho Tae-young" and "Yunus Sezar" are misspellings, while
 * "Kim Jong Il" (a whole short word changed), "Cho Tae-yul" (a whole syllable), "Erdogan" (a
 * diacritic) and "Lloyd J. Austin" (a word more) are not. Never a name the sheet lists (for anyone),
 * never a mix of the person's own listed spellings ("Volodymyr Zelenskiy" when "Zelenskiy" is
 * listed), and never when two people are equally close.
 */
final class Misspelling {

    private static final Pattern WORDS = Pattern.compile("[\\s\\-\u2010\u2011]+");
    private static final int MAX_LETTERS = 2;
    private static final int SHORT_WORD = 6;

    private record Spelling(String person, List<String> words) {
    }

    private final List<Spelling> fullNames = new ArrayList<>();
    /** Every word of each person's spellings, by person. */
    private final Map<String, Set<String>> ownWords = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Set<String> listed;

    /** @param listed every name the sheet lists, for anyone (people, sources, bodies), folded */
    Misspelling(List<Person> people, Set<String> listed) {
        this(spellings(people), listed);
        people.forEach(p -> this.people.put(p.name(), p));
    }

    /**
     * @param spellings every spelling of each person (speakers of quotes too), by the person's name
     * @param listed    every name the sheet lists, for anyone (people, sources, bodies), folded
     */
    Misspelling(Map<String, List<String>> spellings, Set<String> listed) {
        this.listed = listed;
        spellings.forEach((person, list) -> {
            Set<String> own = ownWords.computeIfAbsent(person, k -> new HashSet<>());
            for (String s : list) {
                List<String> words = words(s);
                own.addAll(words);
                if (words.size() > 1) {
                    fullNames.add(new Spelling(person, words));
                }
            }
        });
    }

    private static Map<String, List<String>> spellings(List<Person> people) {
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        for (Person p : people) {
            List<String> list = spellings.computeIfAbsent(p.name(), k -> new ArrayList<>(List.of(k)));
            list.addAll(p.aliases());
        }
        return spellings;
    }

    /** The person a written full name misspells, if it misspells one. */
    Optional<Person> of(String written) {
        return personOf(written).map(people::get);
    }

    /** The name of the person a written full name misspells, if it misspells one. */
    Optional<String> personOf(String written) {
        List<String> words = words(written);
        if (words.size() < 2 || listed.contains(String.join(" ", words))) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Spelling s : fullNames) {
            int d = distance(words, s.words());
            if (d < 1 || d > MAX_LETTERS || ownWords.get(s.person()).containsAll(words)) {
                continue;
            }
            if (d < bestDistance) {
                best = s.person();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !s.person().equals(best)) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Letters differing word by word; more than allowed in a word counts as too many. */
    private static int distance(List<String> written, List<String> sheet) {
        if (written.size() != sheet.size()) {
            return Integer.MAX_VALUE;
        }
        int total = 0;
        for (int i = 0; i < written.size(); i++) {
            int d = EditDistance.between(written.get(i), sheet.get(i));
            int allowed = Math.min(written.get(i).length(), sheet.get(i).length()) <= SHORT_WORD ? 1 : MAX_LETTERS;
            if (d > allowed) {
                return Integer.MAX_VALUE;
            }
            total += d;
        }
        return total;
    }

    static List<String> words(String name) {
        String folded = Folded.of(name.strip()).text().toLowerCase(Locale.ROOT);
        if (folded.endsWith("'s")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        folded = folded.replace(".", "");
        return WORDS.splitAsStream(folded).filter(w -> !w.isEmpty()).toList();
    }
}
