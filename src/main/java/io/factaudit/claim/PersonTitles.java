package io.factaudit.claim;

import io.factaudit.language.Countries;
import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.GroupNouns;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.lexicon.PoliticalParties;
import io.factaudit.article.Span;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a title written next to a person's name is one of the titles the sheet gives them.
 * A title is read as the country or body it belongs to ("US", "Ukraine's", "Pentagon", "the UN's":
 * through the sheet's names and the countries) and its other words, in any order ("secretary of
 * defense" is "defense secretary"), abbreviations spelled out ("Lt. Gen.") and "former" set aside.
 * It is one of the person's titles when its words are all words of one of them, the words it leaves
 * out do not change the rank ("deputy", "vice", "prime"), and its country or body is one the
 * person belongs to (where the sheet says). A rank written with an office ("press secretary Maj.
 * Gen.") and titles separated by a comma are judged each on its own.
 */
public final class PersonTitles {

    private static final Set<String> JOINERS = Set.of("of", "the", "a", "an", "for", "and", "to", "in", "at", "on");
    /** What separates the titles of one name: a comma, or "and" between two of them. */
    private static final Pattern TITLES = Pattern.compile(",");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTS = Pattern.compile("[\\s\\-\u2010\u2011]+");
    private static final int LONGEST_NAME = 5;
    /** The indefinite article that opens a title in apposition ("a senior executive"). */
    private static final Pattern INDEFINITE = Pattern.compile("(?i)an?\\s+");
    private static final Set<String> INDEFINITE_OR_THE = Set.of("the", "a", "an");
    /** Splits a spelling into its words, possessive endings dropped ("Turkey's" is "turkey"). */
    private static final Pattern WORDS = Pattern.compile("(?:['\u2019]s)?[^\\p{L}\\p{N}]+|['\u2019]s$");

    /** A title read as its country or body and its other words. */
    record Form(Set<String> belongsTo, Set<String> words) {
    }

    private final Map<String, String> bodies = new HashMap<>();
    /** Every word of each body's spellings ("disaster", "agency", "afad"), by body. */
    private final Map<String, Set<String>> bodyWords = new HashMap<>();
    /** Acronyms of bodies the sheet's titles name ("WHO" of "WHO chief"), even where its names do not. */
    private final Set<String> knownBodies = new HashSet<>();
    /** Every word of the people's titles, lower case ("hearing", "officer"). */
    private final Set<String> titleWords = new HashSet<>();
    private final Map<Person, List<Form>> titles = new HashMap<>();
    private final Map<Person, Set<String>> belongsTo = new HashMap<>();
    /** The head of each of the people's titles ("hydrologist" of "chief hydrologist"). */
    private final Set<String> heads = new HashSet<>();

    private PersonTitles(Facts facts) {
        for (Name n : facts.names()) {
            // "the Velmoran treasurer": the adjective of a one-word name names its body
            for (String adjective : Countries.adjectivesOf(n.name())) {
                bodies.putIfAbsent(key(adjective), bodyKey(n.name()));
            }
            for (String spelling : n.spellings()) {
                bodies.putIfAbsent(key(spelling), bodyKey(n.name()));
                for (String w : WORDS.split(key(spelling))) {
                    bodyWords.computeIfAbsent(bodyKey(n.name()), k -> new HashSet<>()).add(w);
                }
            }
        }
        for (Person p : facts.people()) {
            for (String title : p.titles()) {
                PeopleInText.headOf(title).ifPresent(heads::add);
                NameTokens tokens = NameTokens.of(title, new Span(0, title.length()));
                // the words the sheet writes in lower case ("EPA Administrator": "administrator", not the acronym)
                tokens.tokens().stream().filter(t -> !t.acronym())
                    .forEach(t -> titleWords.addAll(List.of(PARTS.split(TitleWords.normal(t.text())))));
                tokens.tokens().stream().filter(NameToken::acronym).forEach(t -> knownBodies.add(key(t.text())));
            }
        }
        for (Person p : facts.people()) {
            List<Form> forms = p.titles().stream().map(this::read).toList();
            titles.put(p, forms);
            Set<String> bodiesOfPerson = new HashSet<>();
            forms.forEach(f -> bodiesOfPerson.addAll(f.belongsTo()));
            // a person the names table lists under a body ("Yoon Suk Yeol" under South Korea) belongs to it
            for (Name n : facts.names()) {
                List<String> spellings = n.aliases().stream().map(PersonTitles::key).toList();
                if (spellings.contains(key(p.name())) || p.aliases().stream().map(PersonTitles::key).anyMatch(spellings::contains)) {
                    bodiesOfPerson.add(bodyKey(n.name()));
                }
            }
            belongsTo.put(p, bodiesOfPerson);
        }
    }

    private static final PerFacts<PersonTitles> BUILT = new PerFacts<>(PersonTitles::new);

    /** The people's titles of a scenario's facts, read once per scenario. */
    public static PersonTitles of(Facts facts) {
        return BUILT.of(facts);
    }

    /** Whether a written title (as it stands next to the name) is one of the person's titles. */
    public boolean holds(Person person, String written) {
        for (String part : TITLES.split(written)) {
            for (String title : joined(part)) {
                if (!title.isBlank() && !holdsOne(person, title.strip())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "the treasurer and spokeswoman of Brontec": two titles of one person joined by "and", each
     * judged; an "and" with a side that has no head of its own joins the words of one title
     * ("minister of parks and waterways", "Health and Safety Director").
     */
    private List<String> joined(String part) {
        List<String> pieces = new ArrayList<>(List.of(AND.split(part)));
        for (int i = 0; i < pieces.size() && pieces.size() > 1; ) {
            if (hasHead(pieces.get(i))) {
                i++;
                continue;
            }
            // the headless piece goes with the title after it, the last one with the title before it
            int with = i + 1 < pieces.size() ? i + 1 : i - 1;
            int left = Math.min(i, with);
            pieces.set(left, pieces.get(left) + " and " + pieces.get(left + 1));
            pieces.remove(left + 1);
            i = 0;
        }
        return pieces;
    }

    private boolean hasHead(String piece) {
        for (String w : PARTS.split(key(piece))) {
            if (TitleWords.isHead(w) || heads.contains(TitleWords.normal(w))) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsOne(Person person, String written) {
        Matcher article = INDEFINITE.matcher(written);
        if (article.lookingAt()) {
            return isOfKind(person, written.substring(article.end()));
        }
        if (matches(person, read(written)) || matches(person, read(written, true))) {
            return true;
        }
        Optional<Boolean> inCharge = inCharge(person, written);
        if (inCharge.isPresent()) {
            return inCharge.get();
        }
        NameTokens tokens = NameTokens.of(written, new Span(0, written.length()));
        int of = unnamedOwnerAfter(tokens, "of");
        if (of > 0 && matches(person, read(written.substring(0, tokens.get(of).span().start())))) {
            return true; // "treasurer of the city council": an owner the sheet does not name says nothing
        }
        // "press secretary Maj. Gen.": an office, then a rank
        int rankFrom = tokens.size();
        while (rankFrom > 0 && isRankWord(tokens.get(rankFrom - 1))) {
            rankFrom--;
        }
        if (rankFrom == 0 || rankFrom == tokens.size()) {
            return false;
        }
        int cut = tokens.get(rankFrom).span().start();
        return matches(person, read(written.substring(0, cut))) && matches(person, read(written.substring(cut)));
    }

    /**
     * "X, a senior executive": a title with "a" or "an" says which kind of office the person holds;
     * it agrees with a title of theirs that has the same head, where it adds no word that changes
     * the rank ("a deputy hydrologist" is not a county hydrologist) and names no other body.
     */
    private boolean isOfKind(Person person, String written) {
        Form form = read(written);
        if (matches(person, form)) {
            return true;
        }
        Set<String> ofPerson = belongsTo.getOrDefault(person, Set.of());
        Optional<String> head = PeopleInText.headOf(written);
        if (head.isEmpty() || !ofPerson.isEmpty() && !ofPerson.containsAll(form.belongsTo())) {
            return false;
        }
        List<Form> held = titles.getOrDefault(person, List.of());
        for (int i = 0; i < held.size(); i++) {
            Set<String> words = held.get(i).words();
            if (head.equals(PeopleInText.headOf(person.titles().get(i)))
                && form.words().stream().filter(TitleWords::isRankChanger).allMatch(words::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRankWord(NameToken token) {
        return TitleWords.isRank(token.text()) || TitleWords.isRankChanger(token.text()) && !token.text().equalsIgnoreCase("deputy");
    }

    private boolean matches(Person person, Form written) {
        if (written.words().isEmpty()) {
            return false;
        }
        Set<String> ofPerson = belongsTo.getOrDefault(person, Set.of());
        if (!ofPerson.isEmpty() && !ofPerson.containsAll(written.belongsTo())) {
            return false;
        }
        List<Form> held = titles.getOrDefault(person, List.of());
        for (Form title : held) {
            if (title.words().containsAll(written.words()) && title.words().stream()
                .filter(w -> !written.words().contains(w)).noneMatch(TitleWords::isRankChanger)) {
                return true;
            }
        }
        // "Velmoran leader Ana Sorel", "Brontec's top executive": a description that fits whoever holds a top office
        return TitleDescriptions.fits(written, held);
    }

    /**
     * "head of finance office" (read from "who heads the finance office"): the office in charge of a
     * unit, judged by {@link TitleDescriptions#inCharge}; owners on either side set apart. True where it
     * fits; false where the office is a word for whoever is in charge ("head") of a unit the sheet's
     * title does not name, since the unit is then all that says which office; empty otherwise.
     */
    private Optional<Boolean> inCharge(Person person, String written) {
        NameTokens tokens = NameTokens.of(written, new Span(0, written.length()));
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (key(tokens.get(i).text()).equals("of")) {
                Form office = read(written.substring(0, tokens.get(i).span().start()), true);
                Form unit = read(written.substring(tokens.get(i + 1).span().start()));
                Set<String> ofPerson = belongsTo.getOrDefault(person, Set.of());
                if (!ofPerson.isEmpty() && !(ofPerson.containsAll(office.belongsTo()) && ofPerson.containsAll(unit.belongsTo()))) {
                    return Optional.empty();
                }
                if (TitleDescriptions.inCharge(office.words(), unit.words(), titles.getOrDefault(person, List.of()),
                    person.titles())) {
                    return Optional.of(true);
                }
                boolean described = office.words().size() == 1 && office.words().stream().allMatch(TitleWords::isDescriptor);
                return described && !TitleDescriptions.unitWords(unit.words()).isEmpty() ? Optional.of(false) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A title as the body it belongs to and its other words. */
    Form read(String title) {
        return read(title, false);
    }

    /**
     * @param withoutTenure set aside every word of tenure ("recently elected"), even one a sheet title
     *                      holds ("elected official"): the reading of a text's title that fails the other
     */
    private Form read(String title, boolean withoutTenure) {
        NameTokens tokens = NameTokens.of(title, new Span(0, title.length()));
        Set<String> belongs = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        int end = tokens.size();
        int of = ownerAfterOf(tokens);
        if (of >= 0) {
            belongs.add(ownerOf(tokens, of + 1));
            end = of;
        } else if ((of = unnamedOwnerAfterFor(tokens)) >= 0) {
            end = of; // "a spokeswoman for the city council": an owner the sheet does not name says nothing
        }
        int i = 0;
        while (i < end) {
            int body = bodyAt(title, tokens, i, belongs);
            if (body > 0) {
                i += body;
                continue;
            }
            NameToken t = tokens.get(i++);
            if (t.acronym() && !TitleWords.isTitleWord(t.text()) && !isWordInCapitals(t.text())) {
                // a body the sheet never names ("CNN") says nothing either way
                if (knownBodies.contains(key(t.text()))) {
                    belongs.add(key(t.text()));
                }
                continue;
            }
            if (t.possessive() || ClosedClass.POSSESSIVE_DETERMINERS.contains(key(t.text()))
                || t.capitalized() && PoliticalParties.isPartyWord(t.text())) {
                // an owner the sheet does not name ("the airline's", "Acme's") or a party ("Republican
                // Sen.") is set apart from the title
                continue;
            }
            if (TitleWords.isTime(t.text()) || isTenure(t.text()) && (withoutTenure || !titleWords.contains(key(t.text())))) {
                continue; // "long-serving", "newly appointed": when or how the office came, not which (unless a sheet title says it: "elected official")
            }
            for (String w : PARTS.split(TitleWords.normal(t.text()))) {
                if (!w.isEmpty() && !JOINERS.contains(w) && !TitleWords.isTime(w)) {
                    words.add(w);
                }
            }
        }
        return new Form(belongs, words);
    }

    /**
     * "newly appointed", "recently elected": an adverb, or the participle of a verb that puts someone
     * in an office, says how the office came to its holder, not which office it is.
     */
    static boolean isTenure(String word) {
        String w = key(word);
        if (TitleWords.isTitleWord(w) || TitleWords.isHead(w)) {
            return false;
        }
        return io.factaudit.lexicon.Adverbs.isAdverb(w) || w.endsWith("ed") && OfficeHolders.isAppointing(w);
    }

    /**
     * "HEARING OFFICER", "Brontec's MANAGER": a word in capitals that is a word of the sheet's titles or
     * a word for an office is that word in a house style of capitals, not a body's acronym ("NIS", "HPA").
     */
    private boolean isWordInCapitals(String word) {
        String w = key(word);
        return titleWords.contains(w) || w.length() > 3 && OfficeHolders.isOffice(w);
    }

    /**
     * "head of the disaster agency", "chair of the HUR military intelligence agency": where the words
     * after "of" all belong to the spellings of one of the sheet's bodies (or are words for any body,
     * "agency"), they name the owner, not the office. Returns the index of that "of", or -1.
     */
    private int ownerAfterOf(NameTokens tokens) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (key(tokens.get(i).text()).equals("of")) {
                return ownerOf(tokens, i + 1) != null ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "for the city council", "for a lake trust": "for", a determiner and a group whose last word is
     * a collective noun ({@link GroupNouns}) ends the title and names its owner. Returns the index of
     * that "for", or -1.
     */
    static int unnamedOwnerAfterFor(NameTokens tokens) {
        return unnamedOwnerAfter(tokens, "for");
    }

    /**
     * "for the city council", "of the town council", "for the group": a preposition, a determiner and a
     * group whose last word is a collective noun ({@link GroupNouns}) or an owner that stands for the
     * body just named ("group", "company": {@link TitleWords#isGenericOwner}). Returns the index of
     * the preposition, or -1.
     */
    static int unnamedOwnerAfter(NameTokens tokens, String preposition) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (key(tokens.get(i).text()).equals(preposition) && INDEFINITE_OR_THE.contains(key(tokens.get(i + 1).text()))) {
                String last = key(tokens.get(tokens.size() - 1).text());
                return GroupNouns.contains(last) || TitleWords.isGenericOwner(last) ? i : -1;
            }
        }
        return -1;
    }

    /** The one body whose spellings hold every word from token i on, if any word is its own. */
    private String ownerOf(NameTokens tokens, int from) {
        String owner = null;
        for (Map.Entry<String, Set<String>> body : bodyWords.entrySet()) {
            boolean all = true;
            boolean own = false;
            for (int k = from; k < tokens.size() && all; k++) {
                String w = key(tokens.get(k).text());
                boolean ofBody = body.getValue().contains(w);
                own |= ofBody && !JOINERS.contains(w) && !TitleWords.isGenericOwner(w);
                all = ofBody || JOINERS.contains(w) || TitleWords.isGenericOwner(w);
            }
            if (all && own) {
                if (owner != null && !owner.equals(body.getKey())) {
                    return null;
                }
                owner = body.getKey();
            }
        }
        return owner;
    }

    /** How many words at i name a country or one of the sheet's bodies (the longest that do), 0 if none. */
    private int bodyAt(String title, NameTokens tokens, int i, Set<String> belongs) {
        for (int n = Math.min(LONGEST_NAME, tokens.size() - i); n > 0; n--) {
            String words = title.substring(tokens.get(i).span().start(), tokens.get(i + n - 1).span().end());
            if (n == 1 && TitleWords.isTitleWord(words)) {
                return 0;
            }
            String found = bodies.get(key(words));
            if (found == null) {
                found = Countries.of(words).map(PersonTitles::bodyKey).orElse(null);
            }
            if (found != null) {
                belongs.add(found);
                return n;
            }
        }
        return 0;
    }

    private static String bodyKey(String name) {
        return key(Countries.of(name).orElse(name));
    }

    private static String key(String s) {
        return Folded.of(s.strip()).text().toLowerCase(Locale.ROOT);
    }
}
