package io.factaudit.claim;

import io.factaudit.text.EditDistance;
import io.factaudit.language.Folded;
import io.factaudit.sheet.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    private record Spelling(Person person, List<String> words) {
    }

    private final List<Spelling> fullNames = new ArrayList<>();
    private final Set<String> listed;

    /** @param listed every name the sheet lists, for anyone (people, sources, bodies), folded */
    Misspelling(List<Person> people, Set<String> listed) {
        this.listed = listed;
        for (Person p : people) {
            List<String> spellings = new ArrayList<>(List.of(p.name()));
            spellings.addAll(p.aliases());
            for (String s : spellings) {
                List<String> words = words(s);
                if (words.size() > 1) {
                    fullNames.add(new Spelling(p, words));
                }
            }
        }
    }

    /** The person a written full name misspells, if it misspells one. */
    Optional<Person> of(String written) {
        List<String> words = words(written);
        if (words.size() < 2 || listed.contains(String.join(" ", words))) {
            return Optional.empty();
        }
        Person best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Spelling s : fullNames) {
            int d = distance(words, s.words());
            if (d < 1 || d > MAX_LETTERS || isOwnSpellings(words, s.person())) {
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

    private boolean isOwnSpellings(List<String> written, Person person) {
        Set<String> own = new HashSet<>(words(person.name()));
        person.aliases().forEach(a -> own.addAll(words(a)));
        return own.containsAll(written);
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
