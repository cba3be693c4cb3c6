package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Countries;
import io.factaudit.language.Document;
import io.factaudit.language.Folded;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.language.NameTokens;
import io.factaudit.language.ProperNames;
import io.factaudit.language.TitleWords;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.KnownQuote;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Person;
import java.util.ArrayList;
import java.util.Collections;
import java.util.WeakHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an article names the sheet's people, by any spelling the sheet lists or misspelled (see
 * {@link Misspelling}), with the titles written next to each name. A near-miss of a person's name
 * that carries a title the person does not hold is taken for someone else ("Foreign Minister
 * Cho Tae-yul" is not a misspelled "Cho Tae-yong", whose title is NIS director).
 */
public final class PeopleInText {

    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-\u2010\u2011]+");
    /** Prepositions that end a title's head and start what follows it ("of", "for"). */
    private static final Set<String> HEAD_ENDS = Set.of("of", "for", "in", "at", "to", "on", "with");

    /**
     * A sheet person named in the text.
     *
     * @param written    the name as written
     * @param misspelled the name is not a spelling the sheet lists
     * @param titles     the titles written next to the name
     */
    public record Found(Span span, Person person, String written, boolean misspelled, List<TitlePhrase> titles) {
    }

    private final Facts facts;
    private final PersonTitles personTitles;
    private final NameMatcher matcher = new NameMatcher();
    private final Map<String, Person> byName = new HashMap<>();
    private final Misspelling misspelling;
    private final Set<String> sheetWords = new HashSet<>();
    /** The head noun of each of the sheet's titles ("hydrologist" of "chief hydrologist"). */
    private final Set<String> sheetHeads = new HashSet<>();
    private final NameMatcher bodies = new NameMatcher();
    /** What recent documents name: the reader and the check of one article ask in turn. */
    private final Map<Document, List<Found>> read = Collections.synchronizedMap(new WeakHashMap<>());

    private static final PerFacts<PeopleInText> BUILT = new PerFacts<>(PeopleInText::new);

    /** The finder for a scenario's people, built once per scenario. */
    public static PeopleInText of(Facts facts) {
        return BUILT.of(facts);
    }

    private PeopleInText(Facts facts) {
        this.facts = facts;
        this.personTitles = PersonTitles.of(facts);
        Set<String> listed = new HashSet<>();
        Set<String> peopleSpellings = new HashSet<>();
        for (Person p : facts.people()) {
            List<String> spellings = new ArrayList<>(List.of(p.name()));
            spellings.addAll(p.aliases());
            matcher.add(p.name(), spellings);
            byName.put(p.name(), p);
            spellings.forEach(s -> listed.add(String.join(" ", Misspelling.words(s))));
            spellings.forEach(s -> peopleSpellings.add(lower(s)));
            for (String title : p.titles()) {
                for (String w : WORD_BREAKS.split(lower(title))) {
                    sheetWords.add(TitleWords.normal(w));
                }
                headOf(title).ifPresent(sheetHeads::add);
            }
        }
        for (Name n : facts.names()) {
            for (String s : n.spellings()) {
                listed.add(String.join(" ", Misspelling.words(s)));
            }
            // the row's own name is a body even where it reads like a person's ("Quillon Mills"); another
            // spelling that reads like a person's is someone who speaks for it
            List<String> spellings = new ArrayList<>(n.spellings().stream()
                .filter(s -> !peopleSpellings.contains(lower(s)) && (s.equals(n.name()) || !isPersonName(s))).toList());
            // "the Velmoran treasurer": the adjective of a one-word name is a word of a title, as a country's is
            spellings.addAll(Countries.adjectivesOf(n.name()));
            bodies.add(n.name(), spellings);
        }
        for (KnownQuote q : facts.quotes()) {
            listed.add(String.join(" ", Misspelling.words(q.speaker())));
        }
        this.misspelling = new Misspelling(facts.people(), listed);
    }

    /** Every sheet person the document names, in order (read once: the reader and the check both ask). */
    public List<Found> in(Document document) {
        if (facts.people().isEmpty()) {
            return List.of();
        }
        List<Found> known = read.get(document);
        if (known == null) {
            known = List.copyOf(find(document));
            read.put(document, known);
        }
        return known;
    }

    private List<Found> find(Document document) {
        // a name or title wrapped across two lines of a paragraph is read as on one line
        WrappedLines lines = WrappedLines.of(document);
        String text = lines.text();
        List<Mention> mentions = matcher.find(text);
        List<Found> found = new ArrayList<>();
        for (Span paragraph : lines.paragraphs()) {
            // the mentions come in order: each paragraph looks up its own, with no pass over the others
            List<Mention> here = new ArrayList<>();
            for (int i = firstFrom(mentions, paragraph.start()); i < mentions.size()
                && mentions.get(i).span().start() < paragraph.end(); i++) {
                if (paragraph.contains(mentions.get(i).span())) {
                    here.add(mentions.get(i));
                }
            }
            TitlePhrases phrases = new TitlePhrases(text, sheetWords, sheetHeads, () -> bodiesIn(text, paragraph));
            NameTokens tokens = null;
            for (Mention m : here) {
                tokens = tokens == null ? tokens(document, lines, paragraph) : tokens;
                found.add(new Found(m.span(), byName.get(m.name()), text.substring(m.span().start(), m.span().end()), false,
                    titles(phrases, tokens, m.span())));
            }
            if (!mightMisspell(text, paragraph)) {
                continue;
            }
            tokens = tokens == null ? tokens(document, lines, paragraph) : tokens;
            for (Span name : ProperNames.evenInHeadlines(tokens)) {
                // "Fahretin Koca" holds the listed "Koca" but is itself a misspelled full name
                if (here.stream().anyMatch(m -> m.span().overlaps(name) && !name.contains(m.span())
                    || m.span().contains(name))) {
                    continue;
                }
                String written = text.substring(name.start(), name.end());
                Optional<Person> person = misspelling.of(written);
                if (person.isEmpty()) {
                    continue;
                }
                List<TitlePhrase> titles = titles(phrases, tokens, name);
                if (titles.stream().allMatch(t -> personTitles.holds(person.get(), t.title()))) {
                    found.removeIf(f -> name.contains(f.span()));
                    found.add(new Found(name, person.get(), written, true, titles));
                }
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    /** The index of the first mention (in order) that starts at or after an offset. */
    private static int firstFrom(List<Mention> mentions, int offset) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Where a paragraph names the sheet's bodies and places, as offsets into the text. */
    private List<Span> bodiesIn(String text, Span paragraph) {
        return bodies.find(text.substring(paragraph.start(), paragraph.end())).stream()
            .map(m -> new Span(m.span().start() + paragraph.start(), m.span().end() + paragraph.start())).toList();
    }

    /**
     * The head of a title as English builds a noun group: its last word before a prepositional
     * phrase ("director" of "director of the tracker"), else its last word ("tracker director").
     */
    static Optional<String> headOf(String title) {
        String head = null;
        for (String w : WORD_BREAKS.split(lower(title))) {
            if (HEAD_ENDS.contains(w) && head != null) {
                break;
            }
            if (!w.isEmpty() && w.chars().anyMatch(Character::isLetter)) {
                head = TitleWords.normal(w);
            }
        }
        return Optional.ofNullable(head);
    }

    /** A paragraph with no capital after its first letter names nobody. */
    private static boolean mightMisspell(String text, Span paragraph) {
        for (int i = paragraph.start() + 1; i < paragraph.end(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The document's shared tokens when no line was joined; a joined paragraph's own otherwise (its spans are of the joined text). */
    private static NameTokens tokens(Document document, WrappedLines lines, Span paragraph) {
        return lines.text() == document.text() ? NameTokens.of(document, paragraph) : NameTokens.of(lines.text(), paragraph);
    }

    private static List<TitlePhrase> titles(TitlePhrases phrases, NameTokens tokens, Span name) {
        int first = tokens.indexAt(name.start());
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).span().end() <= name.end()) {
            last++;
        }
        if (first >= tokens.size()) {
            return List.of();
        }
        return phrases.around(tokens, first, last);
    }

    /** "Hassan al-Ghabash" speaks for a body but is a person: never a word of a title. */
    private static boolean isPersonName(String spelling) {
        String s = spelling.strip();
        return ProperNames.evenInHeadlines(NameTokens.of(s, new Span(0, s.length()))).contains(new Span(0, s.length()));
    }

    private static String lower(String s) {
        return Folded.of(s.strip()).text().toLowerCase(Locale.ROOT);
    }
}
