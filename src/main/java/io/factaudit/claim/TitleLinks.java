package io.factaudit.claim;

import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.OfficeHolders;
import java.util.Optional;
import java.util.Set;

/**
 * Titles said by the verb of a clause that links a person to an office, the office being a noun
 * group {@link TitleClauses} reads: a relative clause whose verb names an office ("who chairs the
 * board"), a copula or "serves as" ("who is Acme's treasurer", "X is Acme's treasurer"), a past
 * office with its time ("who was treasurer until 2019"), "as" and "in her role as", and a verb that
 * puts someone in an office ("Acme names X its treasurer", "appointed X, 52, as treasurer").
 */
final class TitleLinks {

    /** Copulas that say what someone is now: a closed class. */
    private static final Set<String> LINKS = Set.of("is", "becomes", "became", "remains");

    /** The office of whoever is in charge, where the verb names none. */
    private static final String IN_CHARGE = "head";

    private final String text;
    private final Set<String> sheetHeads;
    private final TitleClauses groups;

    /** @param groups the reader of the noun groups that name an office, over the same text */
    TitleLinks(String text, Set<String> sheetHeads, TitleClauses groups) {
        this.text = text;
        this.sheetHeads = sheetHeads;
        this.groups = groups;
    }

    /** "who chairs the aviation subcommittee" at token k: the office the verb names, and its object. */
    Optional<TitlePhrase> relativeClause(NameTokens tokens, int k) {
        if (k + 1 >= tokens.size() || !ClosedClass.RELATIVE_PRONOUNS.contains(TitleClauses.lower(tokens.get(k))) || !tokens.spacedFromPrevious(k + 1)) {
            return Optional.empty();
        }
        int verb = presentPerfect(tokens, k + 1);
        String v = TitleClauses.lower(tokens.get(verb));
        // an office in charge or a title ("chairs", "manages"), not a role ("oversees", "represents"); "runs"
        // names no office, but is a way of directing: whoever is in charge, its head ("handles" names a handler)
        Optional<String> derived = OfficeHolders.officeOfVerb(v);
        Optional<String> office = derived.isPresent() ? derived.filter(this::isTitleOffice)
            : OfficeHolders.officeOfItsKind(v).filter(o -> TitleWords.isTopOffice(o) && !TitleWords.isPresiding(o)).map(o -> IN_CHARGE);
        if (office.isEmpty() || verb == k + 1 && !v.endsWith("s")) {
            return Optional.empty(); // "who led the agency until 2020" is a past office, not a title
        }
        int from = verb + 1;
        if (from < tokens.size() && ClosedClass.PREPOSITIONS.contains(TitleClauses.lower(tokens.get(from)))) {
            return Optional.empty(); // "who speaks for the library", "who works at the mill": no office over an object
        }
        if (from < tokens.size() && TitleClauses.DETERMINERS.contains(TitleClauses.lower(tokens.get(from))) && tokens.spacedFromPrevious(from)) {
            from++;
        }
        int end = groups.groupEnd(tokens, from);
        if (end <= from || !groups.closes(tokens, end - 1)) {
            return Optional.empty();
        }
        String object = text.substring(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
        return Optional.of(groups.phrase(tokens, k, end - 1, office.get() + " of " + object));
    }

    /**
     * An office noun a verb may give as a title: one in charge of its body ("chair", "leader", "director"),
     * a title of WordNet's ("manager") or the head of one of the sheet's titles ("representative" only then).
     */
    private boolean isTitleOffice(String office) {
        return TitleWords.isTopOffice(office) || TitleWords.isDescriptor(office) || OfficeHolders.titles().contains(office)
            || sheetHeads.contains(TitleWords.normal(office));
    }

    /**
     * "who has chaired the board since 2021": the present perfect reaches the present, as "chairs"
     * does; returns the index of the participle after "has"/"have", else {@code i} itself.
     */
    private static int presentPerfect(NameTokens tokens, int i) {
        String w = TitleClauses.lower(tokens.get(i));
        String participle = TitleClauses.word(tokens, i + 1);
        boolean perfect = (w.equals("has") || w.equals("have")) && !participle.isEmpty() && !participle.equals("been")
            && !participle.endsWith("s") && !participle.endsWith("ing");
        return perfect ? i + 1 : i;
    }

    /**
     * "who became treasurer in 2019", "who is the company's treasurer", "who serves as treasurer", "who
     * was named treasurer of Brontec": a relative clause whose verb links the person to the office its
     * noun group names (a copula, "serves as", or a verb that puts someone in an office) says the person
     * holds that title.
     */
    Optional<TitlePhrase> holderClause(NameTokens tokens, int k) {
        if (k >= tokens.size() || !TitleClauses.lower(tokens.get(k)).equals("who")) {
            return Optional.empty();
        }
        return linked(tokens, k, k + 1).or(() -> pastOffice(tokens, k));
    }

    /**
     * "who was treasurer until 2019", "who served as Brontec's treasurer from 2015 to 2019": a past
     * office with its time, a title the person held (judged as "former" is). Without the time, "who
     * was" links to anything ("who was the first to leave"), and is not read.
     */
    private Optional<TitlePhrase> pastOffice(NameTokens tokens, int k) {
        String w = TitleClauses.word(tokens, k + 1);
        int from = w.equals("was") ? k + 2 : -1;
        Optional<TitlePhrase> office = groups.office(tokens, k, from);
        if (office.isEmpty()) {
            return office;
        }
        int next = tokens.indexAt(office.get().span().end());
        while (next < tokens.size() && tokens.get(next).span().start() < office.get().span().end()) {
            next++;
        }
        return next < tokens.size() && TitleGroupEnds.TIME_PREPOSITIONS.contains(TitleClauses.lower(tokens.get(next))) && groups.endsGroup(tokens, next)
            ? office : Optional.empty();
    }

    /**
     * "X, as the company's treasurer,", "X, in her role as treasurer,": an apposition that opens
     * with "as", or with "in", a possessive determiner, a noun and "as" ("in his capacity as"), names
     * the office the person holds.
     */
    Optional<TitlePhrase> inRoleAs(NameTokens tokens, int k) {
        String w = k < tokens.size() ? TitleClauses.lower(tokens.get(k)) : "";
        if (w.equals("as")) {
            return groups.office(tokens, k, k + 1).filter(p -> !heldByNameAfter(tokens, p));
        }
        if (w.equals("in") && ClosedClass.POSSESSIVE_DETERMINERS.contains(TitleClauses.word(tokens, k + 1))
            && !TitleClauses.word(tokens, k + 2).isEmpty() && TitleClauses.word(tokens, k + 3).equals("as")) {
            return groups.office(tokens, k, k + 4);
        }
        return Optional.empty();
    }

    /** "Ilse Marrow is Brontec's treasurer.": the same link as the clause's, right after the name. */
    Optional<TitlePhrase> predicate(NameTokens tokens, int k) {
        return linked(tokens, k, k);
    }

    /**
     * "Brontec names Ilse Marrow its new treasurer", "Velmora appointed Ilse Marrow as treasurer": the
     * name as the object of a verb that puts someone in an office (WordNet's "appoint", "elect" and
     * the verbs below them), the office its complement, with or without "as".
     */
    Optional<TitlePhrase> appointedTo(NameTokens tokens, int first, int last) {
        if (first == 0 || !tokens.spacedFromPrevious(first) || last + 1 >= tokens.size()
            || !tokens.spacedFromPrevious(last + 1) && !agedBetween(tokens, last)
            || tokens.get(last).possessive() || !OfficeHolders.isAppointing(TitleClauses.lower(tokens.get(first - 1)))) {
            return Optional.empty();
        }
        int from = TitleClauses.lower(tokens.get(last + 1)).equals("as") ? last + 2 : last + 1;
        return groups.office(tokens, last + 1, from, from > last + 1 || tokens.spacedFromPrevious(from));
    }

    /** "appointed X, 52, as treasurer": an age between commas stands between the name at {@code last} and what follows. */
    private boolean agedBetween(NameTokens tokens, int last) {
        String between = text.substring(tokens.get(last).span().end(), tokens.get(last + 1).span().start()).strip();
        return between.matches(",\\s*\\d{1,3}\\s*,");
    }

    private Optional<TitlePhrase> linked(NameTokens tokens, int start, int verb) {
        return groups.office(tokens, start, afterLink(tokens, verb)).or(() -> groups.office(tokens, start, afterAs(tokens, verb))
            .filter(p -> headedByOffice(p) && !heldByNameAfter(tokens, p)));
    }

    /**
     * "as" is also a conjunction ("who left as the treasurer arrived"): after it, only a noun group
     * whose head is a word for an office is the person's role.
     */
    private boolean headedByOffice(TitlePhrase phrase) {
        return PeopleInText.headOf(phrase.title()).filter(h -> TitleWords.isHead(h) || sheetHeads.contains(h)
            || OfficeHolders.isOffice(h)).isPresent();
    }

    /** "who left as the treasurer, Y, arrived": a name in apposition after the office holds it. */
    private boolean heldByNameAfter(NameTokens tokens, TitlePhrase phrase) {
        int next = tokens.indexAt(phrase.span().end());
        if (next >= tokens.size()) {
            return false;
        }
        String between = text.substring(phrase.span().end(), tokens.get(next).span().start()).strip();
        NameToken t = tokens.get(next);
        return between.equals(",") && t.capitalized() && !TitleWords.isFunctionWord(t.text());
    }

    /** How many words a verb group before "as" may hold ("was sworn in as", "has since taken over as"). */
    private static final int VERB_GROUP = 4;

    /**
     * "who served as treasurer", "who took over as treasurer in 2019", "who stepped down as treasurer",
     * "who was sworn in as treasurer": a verb group of the clause, then "as" and the office: the role the
     * person holds or held (a past one judged as "former" is). Returns the token after "as", or -1.
     */
    private static int afterAs(NameTokens tokens, int verb) {
        for (int i = verb; i < verb + VERB_GROUP; i++) {
            String w = TitleClauses.word(tokens, i);
            if (w.isEmpty() || TitleWords.isTitleWord(w) || TitleWords.isHead(w) || ClosedClass.DETERMINERS.contains(w)) {
                return -1;
            }
            if (w.equals("as")) {
                return i > verb ? i + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The first token after the words that link a subject to an office at token i: "is", "becomes",
     * "became", "remains", "has been", "serves as", "has served as", or "is"/"was"/"has been" and a verb that puts
     * someone in an office ("was named", "has been appointed"); -1 where none stands there. "was" alone
     * says the office is past.
     */
    private static int afterLink(NameTokens tokens, int i) {
        String w = TitleClauses.word(tokens, i);
        String next = TitleClauses.word(tokens, i + 1);
        int after;
        if ((w.equals("has") || w.equals("have")) && next.equals("served")) {
            return TitleClauses.word(tokens, i + 2).equals("as") ? i + 3 : -1; // "who has served as treasurer since 2019"
        } else if (w.equals("has") || w.equals("have")) {
            if (!next.equals("been")) {
                return -1;
            }
            after = i + 2;
        } else if (w.equals("serves") || w.equals("serve")) {
            return next.equals("as") ? i + 2 : -1;
        } else if (LINKS.contains(w) || w.equals("was")) {
            after = i + 1;
        } else {
            return -1;
        }
        if (!TitleClauses.word(tokens, after).isEmpty() && io.factaudit.lexicon.Adverbs.isAdverb(TitleClauses.word(tokens, after))
            && !TitleWords.isTitleWord(TitleClauses.word(tokens, after))) {
            after++; // "who is also the company's treasurer", "is now Brontec's treasurer"
        }
        if (!TitleClauses.word(tokens, after).isEmpty() && OfficeHolders.isAppointing(TitleClauses.word(tokens, after))
            && TitleClauses.word(tokens, after).endsWith("ed")) {
            return Set.of("as", "to").contains(TitleClauses.word(tokens, after + 1)) ? after + 2 : after + 1;
        }
        return w.equals("was") ? -1 : after;
    }
}
