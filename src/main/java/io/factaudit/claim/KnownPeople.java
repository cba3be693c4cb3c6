package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.language.NameTokens;
import io.factaudit.language.ProperNames;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.KnownQuote;
import io.factaudit.sheet.Name;
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
 * The people a scenario's facts know, with every way each is written: the people table (name and
 * "also written as"), the speakers of known quotes (and their surnames), and the names-table rows
 * whose name is one of those people. Other names-table rows are bodies and places, even where
 * they list a person as a source ("Lloyd Austin" speaks for the United States): they never make
 * two people one.
 */
public final class KnownPeople {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<String>> spellings;
    private final Map<String, String> byKey = new HashMap<>();
    private final NameMatcher matcher = new NameMatcher();
    private final Misspelling misspelling;

    private KnownPeople(Map<String, List<String>> spellings, Set<String> listed) {
        this.spellings = spellings;
        this.misspelling = new Misspelling(spellings, listed);
        spellings.forEach((person, list) -> {
            matcher.add(person, list);
            list.forEach(s -> byKey.putIfAbsent(key(s), person));
        });
    }

    private static final PerFacts<KnownPeople> BUILT = new PerFacts<>(KnownPeople::build);

    /** The known people of a scenario's facts, built once per scenario. */
    public static KnownPeople of(Facts facts) {
        return BUILT.of(facts);
    }

    private static KnownPeople build(Facts facts) {
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        for (Person p : facts.people()) {
            List<String> list = spellings.computeIfAbsent(p.name(), k -> new ArrayList<>(List.of(k)));
            list.addAll(p.aliases());
        }
        for (KnownQuote q : facts.quotes()) {
            String speaker = canonical(spellings, q.speaker());
            spellings.computeIfAbsent(speaker, k -> new ArrayList<>(List.of(k)));
        }
        for (Name n : facts.names()) {
            String person = canonical(spellings, n.name());
            if (spellings.containsKey(person)) {
                // "Koca" and "Erdogan" name the person; "Turkish health ministry" names a body
                n.aliases().stream().filter(KnownPeople::looksLikeName).forEach(spellings.get(person)::add);
            } else {
                addPeopleListedUnder(n, spellings);
            }
        }
        // a speaker the people table does not list is named by surname alone too ("Sezer"),
        // unless two known people share it; the people table lists its own short forms
        Map<String, String> surnames = new HashMap<>();
        for (String person : spellings.keySet()) {
            String[] words = SPACES.split(person.strip());
            boolean listed = facts.people().stream().anyMatch(p -> p.name().equals(person));
            if (words.length > 1 && !listed && words[words.length - 1].length() > 3) {
                String surname = words[words.length - 1];
                surnames.merge(surname, person, (a, b) -> a.equals(b) ? a : "");
            }
        }
        surnames.forEach((surname, person) -> {
            if (!person.isEmpty()) {
                spellings.get(person).add(surname);
            }
        });
        Set<String> listed = new HashSet<>();
        spellings.values().forEach(list -> list.forEach(n -> listed.add(String.join(" ", Misspelling.words(n)))));
        facts.names().forEach(n -> n.spellings().forEach(s -> listed.add(String.join(" ", Misspelling.words(s)))));
        return new KnownPeople(spellings, listed);
    }

    /**
     * A body's row may list people who speak for it ("United States: ..., John Kirby, Kirby"): each
     * full name of a person is that person, and a single word of the row that is the first or last
     * word of one of them ("Kirby", "Yoon") is that person too.
     */
    private static void addPeopleListedUnder(Name body, Map<String, List<String>> spellings) {
        List<String> fullNames = new ArrayList<>();
        for (String alias : body.aliases()) {
            String a = alias.strip();
            List<Span> names = ProperNames.evenInHeadlines(NameTokens.of(a, new Span(0, a.length())));
            if (names.size() == 1 && names.get(0).equals(new Span(0, a.length()))) {
                String person = canonical(spellings, a);
                spellings.computeIfAbsent(person, k -> new ArrayList<>(List.of(k)));
                fullNames.add(person);
            }
        }
        for (String alias : body.aliases()) {
            String word = key(alias);
            if (word.contains(" ") || !looksLikeName(alias)) {
                continue;
            }
            List<String> owners = fullNames.stream().filter(f -> {
                String[] parts = key(f).split(" ");
                return parts[0].equals(word) || parts[parts.length - 1].equals(word);
            }).distinct().toList();
            if (owners.size() == 1) {
                spellings.get(owners.get(0)).add(alias.strip());
            }
        }
    }

    private static boolean looksLikeName(String spelling) {
        return SPACES.splitAsStream(spelling.strip()).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
    }

    private static String canonical(Map<String, List<String>> spellings, String name) {
        String k = key(name);
        for (Map.Entry<String, List<String>> e : spellings.entrySet()) {
            if (e.getValue().stream().anyMatch(s -> key(s).equals(k))) {
                return e.getKey();
            }
        }
        return name.strip();
    }

    boolean isEmpty() {
        return spellings.isEmpty();
    }

    /** Every place the text names a known person, in order. */
    List<Mention> find(String text) {
        return matcher.find(text);
    }

    /** The known person a name as written is (any of their spellings, folded). */
    public Optional<String> personOf(String written) {
        return Optional.ofNullable(byKey.get(key(written)));
    }

    /**
     * The known person a full name not on the sheet misspells ("Jon Halvorsen" for "Ana
     * Lindqvist"): the text names that person, and the title check reports the spelling.
     */
    Optional<String> misspelled(String written) {
        return misspelling.personOf(written);
    }

    /** Every spelling of a known person, the name first. */
    List<String> spellingsOf(String person) {
        return spellings.getOrDefault(person, List.of(person));
    }

    /**
     * Whether two names are one person: the same known person, the same full name (folded), or
     * one is a single word that is the other's first or last word ("Sezer", "Yunus Sezer").
     */
    public boolean same(String a, String b) {
        String ka = personOf(a).orElse(a);
        String kb = personOf(b).orElse(b);
        if (key(ka).equals(key(kb))) {
            return true;
        }
        return oneWordOf(key(a), key(kb)) || oneWordOf(key(b), key(ka));
    }

    private static boolean oneWordOf(String single, String full) {
        if (single.contains(" ")) {
            return false;
        }
        String[] words = full.split(" ");
        return words.length > 1 && (words[0].equals(single) || words[words.length - 1].equals(single));
    }

    static String key(String name) {
        return SPACES.matcher(Folded.of(name.strip()).text().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
