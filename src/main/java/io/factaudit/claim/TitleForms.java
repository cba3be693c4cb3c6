package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Countries;
import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.GroupNouns;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.lexicon.PoliticalParties;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Person;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a title, the sheet's or the text's, as the country or body it belongs to ("US", "Ukraine's",
 * "Pentagon", "the UN's": through the sheet's names and the countries) and its other words, in any
 * order, abbreviations spelled out, owners the sheet does not name ("the airline's", "for the city
 * council"), parties and words of time or tenure ("former", "newly appointed") set aside.
 * {@link PersonTitles} judges the forms.
 */
final class TitleForms {

    private static final Set<String> JOINERS = Set.of("of", "the", "a", "an", "for", "and", "to", "in", "at", "on");
    private static final Pattern PARTS = Pattern.compile("[\\s\\-\u2010\u2011]+");
    private static final int LONGEST_NAME = 5;
    private static final Set<String> INDEFINITE_OR_THE = Set.of("the", "a", "an");
    /** Splits a spelling into its words, possessive endings dropped ("Turkey's" is "turkey"). */
    private static final Pattern WORDS = Pattern.compile("(?:['\u2019]s)?[^\\p{L}\\p{N}]+|['\u2019]s$");

    private final Map<String, String> bodies = new HashMap<>();
    /** Every word of each body's spellings ("disaster", "agency", "afad"), by body. */
    private final Map<String, Set<String>> bodyWords = new HashMap<>();
    /** Acronyms of bodies the sheet's titles name ("WHO" of "WHO chief"), even where its names do not. */
    private final Set<String> knownBodies = new HashSet<>();
    /** Every word of the people's titles, lower case ("hearing", "officer"). */
    private final Set<String> titleWords = new HashSet<>();

    TitleForms(Facts facts) {
        for (Name n : facts.names()) {
            // "the Velmoran treasurer": the adjective of a one-word name names its body
            for (String adjective : Countries.adjectivesOf(n.name())) {
                bodies.putIfAbsent(key(adjective), bodyKey(n.name()));
            }
            for (String spelling : n.spellings()) {
                bodies.putIfAbsent(key(spelling), bodyKey(n.name()));
                if (key(spelling).startsWith("the ")) {
                    // "the library" before a title drops its article: "library spokesman" is the body's
                    bodies.putIfAbsent(key(spelling).substring(4).strip(), bodyKey(n.name()));
                }
                for (String w : WORDS.split(key(spelling))) {
                    bodyWords.computeIfAbsent(bodyKey(n.name()), k -> new HashSet<>()).add(w);
                }
            }
        }
        for (Person p : facts.people()) {
            for (String title : p.titles()) {
                NameTokens tokens = NameTokens.of(title, new Span(0, title.length()));
                // the words the sheet writes in lower case ("EPA Administrator": "administrator", not the acronym)
                tokens.tokens().stream().filter(t -> !t.acronym())
                    .forEach(t -> titleWords.addAll(List.of(PARTS.split(TitleWords.normal(t.text())))));
                tokens.tokens().stream().filter(NameToken::acronym).forEach(t -> knownBodies.add(key(t.text())));
            }
        }
    }

    /** A title as the body it belongs to and its other words. */
    PersonTitles.Form read(String title) {
        return read(title, false);
    }

    /**
     * @param withoutTenure set aside every word of tenure ("recently elected"), even one a sheet title
     *                      holds ("elected official"): the reading of a text's title that fails the other
     */
    PersonTitles.Form read(String title, boolean withoutTenure) {
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
        return new PersonTitles.Form(belongs, words);
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
                found = Countries.of(words).map(TitleForms::bodyKey).orElse(null);
            }
            if (found != null) {
                belongs.add(found);
                return n;
            }
        }
        return 0;
    }

    static String bodyKey(String name) {
        return key(Countries.of(name).orElse(name));
    }

    static String key(String s) {
        return Folded.of(s.strip()).text().toLowerCase(Locale.ROOT);
    }
}
