package io.factaudit.claim;

import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.article.Span;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a title written next to a person's name is one of the titles the sheet gives them.
 * A title is read ({@link TitleForms}) as the country or body it belongs to and its other words, in
 * any order ("secretary of defense" is "defense secretary"), abbreviations spelled out ("Lt. Gen.")
 * and "former" set aside; a description rather than a title is judged by {@link TitleDescriptions}.
 * It is one of the person's titles when its words are all words of one of them, the words it leaves
 * out do not change the rank ("deputy", "vice", "prime"), and its country or body is one the
 * person belongs to (where the sheet says). A rank written with an office ("press secretary Maj.
 * Gen.") and titles separated by a comma are judged each on its own.
 */
public final class PersonTitles {

    /** What separates the titles of one name: a comma, or "and" between two of them. */
    private static final Pattern TITLES = Pattern.compile(",");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTS = Pattern.compile("[\\s\\-\u2010\u2011]+");
    /** The indefinite article that opens a title in apposition ("a senior executive"). */
    private static final Pattern INDEFINITE = Pattern.compile("(?i)an?\\s+");

    /** A title read as its country or body and its other words. */
    record Form(Set<String> belongsTo, Set<String> words) {
    }

    private final TitleForms forms;
    private final Map<Person, List<Form>> titles = new HashMap<>();
    private final Map<Person, Set<String>> belongsTo = new HashMap<>();
    /** The head of each of the people's titles ("hydrologist" of "chief hydrologist"). */
    private final Set<String> heads = new HashSet<>();

    private PersonTitles(Facts facts) {
        this.forms = new TitleForms(facts);
        for (Person p : facts.people()) {
            p.titles().forEach(title -> PeopleInText.headOf(title).ifPresent(heads::add));
        }
        for (Person p : facts.people()) {
            List<Form> read = p.titles().stream().map(forms::read).toList();
            titles.put(p, read);
            Set<String> bodiesOfPerson = new HashSet<>();
            read.forEach(f -> bodiesOfPerson.addAll(f.belongsTo()));
            // a person the names table lists under a body ("Yoon Suk Yeol" under South Korea) belongs to it
            for (Name n : facts.names()) {
                List<String> spellings = n.aliases().stream().map(TitleForms::key).toList();
                if (spellings.contains(TitleForms.key(p.name())) || p.aliases().stream().map(TitleForms::key).anyMatch(spellings::contains)) {
                    bodiesOfPerson.add(TitleForms.bodyKey(n.name()));
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
                if (!title.isBlank() && !holdsOne(person, title.strip()) && !(onlyRank(title) && !hasRank(person))) {
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
        for (String w : PARTS.split(TitleForms.key(piece))) {
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
        if (matches(person, forms.read(written)) || matches(person, forms.read(written, true))) {
            return true;
        }
        Optional<Boolean> inCharge = inCharge(person, written);
        if (inCharge.isPresent()) {
            return inCharge.get();
        }
        NameTokens tokens = NameTokens.of(written, new Span(0, written.length()));
        int of = TitleForms.unnamedOwnerAfter(tokens, "of");
        if (of > 0 && matches(person, forms.read(written.substring(0, tokens.get(of).span().start())))) {
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
        return matches(person, forms.read(written.substring(0, cut))) && matches(person, forms.read(written.substring(cut)));
    }

    /**
     * "X, a senior executive": a title with "a" or "an" says which kind of office the person holds;
     * it agrees with a title of theirs that has the same head, where it adds no word that changes
     * the rank ("a deputy hydrologist" is not a county hydrologist) and names no other body.
     */
    private boolean isOfKind(Person person, String written) {
        Form form = forms.read(written);
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

    /**
     * "Lt." of "Lt. X, jail commander at …": a rank alone, a form of address the person keeps in any
     * office; judged only where the sheet gives the person a rank, as it does offices.
     */
    private static boolean onlyRank(String title) {
        NameTokens tokens = NameTokens.of(title, new Span(0, title.length()));
        for (int i = 0; i < tokens.size(); i++) {
            if (!TitleWords.isRank(tokens.get(i).text())) {
                return false;
            }
        }
        return tokens.size() > 0;
    }

    private boolean hasRank(Person person) {
        // "commander" and "general" head offices too ("jail commander"): only a word that is a rank alone says so
        return titles.getOrDefault(person, List.of()).stream()
            .anyMatch(f -> f.words().stream().anyMatch(TitleWords::isRankOnly));
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
     * title does not name, since the unit is then all that says which office (unless the unit has a name
     * of its own); empty otherwise.
     */
    private Optional<Boolean> inCharge(Person person, String written) {
        NameTokens tokens = NameTokens.of(written, new Span(0, written.length()));
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (TitleForms.key(tokens.get(i).text()).equals("of")) {
                Form office = forms.read(written.substring(0, tokens.get(i).span().start()), true);
                Form unit = forms.read(written.substring(tokens.get(i + 1).span().start()));
                Set<String> ofPerson = belongsTo.getOrDefault(person, Set.of());
                if (!ofPerson.isEmpty() && !(ofPerson.containsAll(office.belongsTo()) && ofPerson.containsAll(unit.belongsTo()))) {
                    return Optional.empty();
                }
                if (TitleDescriptions.inCharge(office.words(), unit.words(), titles.getOrDefault(person, List.of()),
                    person.titles())) {
                    return Optional.of(true);
                }
                // "chief of the Osk Fire Department": a unit with a name of its own is an owner, set apart as any
                String unitText = written.substring(tokens.get(i + 1).span().start());
                boolean named = !unitText.equals(unitText.toLowerCase(java.util.Locale.ROOT));
                boolean described = office.words().size() == 1 && office.words().stream().allMatch(TitleWords::isDescriptor);
                // "the chair of the audit committee" when the sheet's chair is of the planning committee: a unit
                // of the kind the sheet's own title names, another one
                boolean otherUnit = TitleDescriptions.otherUnitOfItsKind(office.words(), List.copyOf(unit.words()),
                    titles.getOrDefault(person, List.of()), person.titles());
                return (described || otherUnit) && !named && !TitleDescriptions.unitWords(unit.words()).isEmpty()
                    ? Optional.of(false) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
