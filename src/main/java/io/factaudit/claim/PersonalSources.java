package io.factaudit.claim;

import io.factaudit.language.Countries;
import io.factaudit.language.Mention;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.GroupNouns;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which mentions of the sources name a person, whom "he", "she", "his" and "her" can take up: a title
 * noun ("the governor", "the fire chief's"), a person the sheet knows ("Ida Holm" under "Fire
 * Service"), or a source whose row is a personal name (two or more capitalized words, none of them
 * a collective noun, no spelling of it headed by one, not a country or a place). "The agency", "Ostland
 * Fire Service" and "Norway" are not persons.
 */
final class PersonalSources {

    private PersonalSources() {
    }

    static Predicate<Mention> of(Facts facts, List<Name> sources, List<Mention> titled) {
        KnownPeople people = KnownPeople.of(facts);
        Set<String> personal = new HashSet<>();
        for (Name n : sources) {
            if (personalName(n.name()) && n.spellings().stream().noneMatch(PersonalSources::headedByGroup)
                && Countries.of(n.name()).isEmpty() && facts.place(n.name()).isEmpty()) {
                personal.add(n.name());
            }
        }
        Set<Mention> byTitle = Set.copyOf(titled);
        return m -> byTitle.contains(m) || personal.contains(m.name()) || officeHead(m.spelling())
            || people.personOf(m.spelling()).isPresent();
    }

    private static boolean personalName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || GroupNouns.contains(Words.lower(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean headedByGroup(String spelling) {
        String[] words = spelling.strip().split("\\s+");
        return GroupNouns.contains(Words.lower(words[words.length - 1]));
    }

    /** "the governor", "The governor's": a spelling whose last word is an office. */
    private static boolean officeHead(String spelling) {
        String[] words = Words.lower(spelling.strip()).split("\\s+");
        String last = words[words.length - 1];
        last = last.endsWith("'s") ? last.substring(0, last.length() - 2) : last;
        return OfficeHolders.isOffice(last) || TitleWords.isHead(last);
    }
}
