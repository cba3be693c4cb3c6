package io.factaudit.draft;

import io.factaudit.claim.PersonTitles;
import io.factaudit.claim.TitleClaim;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Person;
import io.factaudit.sheet.Place;
import io.factaudit.sheet.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drafts the people and the titles articles give them. The candidates are the full names the sheet
 * already writes (a name, or a way a source is written: "Lloyd Austin" under United States) and the
 * speakers of the drafted quotes; the title reader reads the titles written next to them, and a
 * candidate no article gives a title is no official of the draft. Its titles are told apart by
 * {@link TitleVersions}, the title check telling which are the same office written otherwise ("US
 * Defense Secretary" beside "Secretary of Defense").
 */
final class PeopleDrafter {

    /** A full name has two words or more, and few more than a name with its middle names. */
    private static final int MAX_NAME_WORDS = 4;

    /** A shorter last word ("Un" of "Kim Jong Un") is no way to write the person alone. */
    private static final int MIN_LAST_WORD = 4;
    /** A last word one letter off another is a misspelling of it only when it is this long. */
    private static final int MIN_MISSPELLED = 6;

    private final DraftCorpus corpus;
    private final List<Name> names;
    private final List<Place> places;
    private final Policy policy;

    PeopleDrafter(DraftCorpus corpus, List<Name> names, List<Place> places, Policy policy) {
        this.corpus = corpus;
        this.names = names;
        this.places = places;
        this.policy = policy;
    }

    record Result(List<DraftPerson> people, List<Disagreement> disagreements) {
    }

    /** The people among the candidates, with their titles; {@code given} are the sheet's people, when it has any. */
    Result draft(List<String> speakers, List<Person> given) {
        List<Person> candidates = given.isEmpty() ? candidates(speakers) : given.stream()
            .map(p -> new Person(p.name(), List.of(), p.aliases(), DraftingFacts.drafted())).toList();
        Facts facts = DraftingFacts.forTitles(names, candidates, policy);
        Map<String, Map<String, List<Citation>>> titles = new LinkedHashMap<>();
        for (Sighting s : corpus.claims(facts)) {
            if (s.claim() instanceof TitleClaim t && !t.title().isBlank() && !ofTheName(t.title())) {
                titles.computeIfAbsent(t.person(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(written(t.title(), titles.get(t.person())), k -> new ArrayList<>()).add(s.citation());
            }
        }
        List<DraftPerson> people = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Person candidate : candidates) {
            Map<String, List<Citation>> byTitle = titles.get(candidate.name());
            if (byTitle != null) {
                person(candidate, byTitle, people, disagreements);
            }
        }
        return new Result(people, disagreements);
    }

    private void person(Person candidate, Map<String, List<Citation>> byTitle, List<DraftPerson> people,
                        List<Disagreement> disagreements) {
        TitleVersions titles = TitleVersions.of(byTitle, (kept, title) -> holds(candidate, kept, title)
            || ArticleDisagreements.sameWords(kept, title));
        people.add(new DraftPerson(candidate.name(), titles.kept(), candidate.aliases(), titles.keptAt()));
        titles.disagreement(candidate.name()).ifPresent(disagreements::add);
    }

    /** "head of" before "Coast Guard": the name is what the office is of, not a person holding it. */
    private static boolean ofTheName(String title) {
        String[] words = title.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return io.factaudit.lexicon.ClosedClass.PREPOSITIONS.contains(words[words.length - 1]);
    }

    /** Whether the title check holds {@code title} to be one of {@code titles}, written otherwise. */
    private boolean holds(Person candidate, List<String> titles, String title) {
        Person person = new Person(candidate.name(), titles, candidate.aliases(), DraftingFacts.drafted());
        return PersonTitles.of(DraftingFacts.forTitles(names, List.of(person), policy)).holds(person, title);
    }

    /** A title as first written, whatever its case ("Defense Secretary", "defense secretary"). */
    private static String written(String title, Map<String, List<Citation>> seen) {
        String clean = title.strip();
        if (seen != null) {
            for (String t : seen.keySet()) {
                if (t.equalsIgnoreCase(clean)) {
                    return t;
                }
            }
        }
        return clean;
    }

    /**
     * Full names the sheet writes (never a place's) and the quotes' speakers, one person each; its
     * other spellings the one-word ways the sheet writes it ("Austin") and its last word.
     */
    private List<Person> candidates(List<String> speakers) {
        Set<String> full = new LinkedHashSet<>();
        Set<String> single = new LinkedHashSet<>();
        for (Name n : names) {
            if (places.stream().anyMatch(p -> p.name().equalsIgnoreCase(n.name()))) {
                continue;
            }
            for (String spelling : n.spellings()) {
                (fullName(spelling) ? full : single).add(spelling.strip());
            }
        }
        speakers.stream().filter(PeopleDrafter::fullName).forEach(full::add);
        Map<String, Person> byLastWord = new LinkedHashMap<>();
        for (String name : full) {
            String last = lastWord(name);
            if (byLastWord.keySet().stream().anyMatch(k -> sameName(k, last.toLowerCase(Locale.ROOT)))) {
                continue; // "Tony Blinken" beside "Antony Blinken", "Teixera" beside "Teixeira": one person, as first written
            }
            Set<String> aliases = new LinkedHashSet<>();
            full.stream().filter(f -> !f.equals(name) && lastWord(f).equalsIgnoreCase(last)).forEach(aliases::add);
            List<String> written = single.stream().filter(w -> List.of(name.split("\\s+")).contains(w)).toList();
            aliases.addAll(written);
            if (written.isEmpty() && last.codePointCount(0, last.length()) >= MIN_LAST_WORD) {
                aliases.add(last); // the sheet writes the name in full only: its last word, the way articles shorten it
            }
            byLastWord.put(last.toLowerCase(Locale.ROOT), new Person(name, List.of(), List.copyOf(aliases), DraftingFacts.drafted()));
        }
        return List.copyOf(byLastWord.values());
    }

    /** The same last word, or one letter off it in a long name (a misspelling). */
    private static boolean sameName(String a, String b) {
        return a.equals(b) || Math.min(a.length(), b.length()) >= MIN_MISSPELLED && io.factaudit.text.EditDistance.between(a, b) <= 1;
    }

    /** Two to four words, each beginning with a capital letter: the way a person's full name is written. */
    private static boolean fullName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
