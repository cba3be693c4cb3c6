package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Folded;
import io.factaudit.language.NameToken;
import io.factaudit.language.NameTokens;
import io.factaudit.language.TitleWords;
import io.factaudit.lexicon.CalendarWords;
import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.lexicon.VerbsOfSaying;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Titles read from the structure of a noun group or a clause next to a name, where the words need
 * not be known title words:
 * <ul>
 *   <li>a noun group after its owner: "the company's chief financial officer", "Skyline's head of
 *       safety" (the owner, a possessive after "the" or a proper noun, is set apart when judged);</li>
 *   <li>a relative clause whose verb names an office: "who chairs the aviation subcommittee" is
 *       "chair of the aviation subcommittee" (the verb's derived noun, from WordNet).</li>
 * </ul>
 * The group must hold a word for a holder of an office ({@link OfficeHolders}, {@link TitleWords}),
 * so a description ("the company's most experienced engineer") is no title.
 */
final class TitleClauses {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> INSIDE = Set.of("of", "for", "and", "the", "on", "at", "in");
    private static final Set<String> RELATIVES = ClosedClass.RELATIVE_PRONOUNS;
    private static final int LONGEST = 9;
    /** Copulas that say what someone is now: a closed class. */
    private static final Set<String> LINKS = Set.of("is", "becomes", "became", "remains");
    /** Prepositions of time that end a title's noun group before a year, a month or a day ("in 2019", "since May"). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "until", "from", "on");

    /** The units of time, plural, from java.time ("years", "months", "decades"). */
    private static final Set<String> TIME_UNITS = java.util.Arrays.stream(java.time.temporal.ChronoUnit.values())
        .map(u -> u.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Prepositions of place that put a place after a title ("head of the council at Bremen"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");

    private final String text;
    private final Set<String> sheetHeads;

    /** @param sheetHeads the head of each of the sheet's titles ("epidemiologist"): a word for an office here */
    TitleClauses(String text, Set<String> sheetHeads) {
        this.text = text;
        this.sheetHeads = sheetHeads;
    }

    /**
     * What follows a title's noun group at token k ends it: a relative clause ("an epidemiologist who
     * set up the tracker") or a place ("the council chair in Bremen"), neither of them part of the title.
     */
    boolean endsGroup(NameTokens tokens, int k) {
        if (k >= tokens.size() || !tokens.spacedFromPrevious(k)) {
            return false;
        }
        String w = lower(tokens.get(k));
        if (TIME_PREPOSITIONS.contains(w)) {
            int at = tokens.get(k).span().end();
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            int wordEnd = at;
            while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String next = text.substring(at, wordEnd).toLowerCase(Locale.ROOT);
            if (!next.isEmpty() && (Character.isDigit(next.charAt(0)) || CalendarWords.isMonth(next)
                || CalendarWords.isWeekdayName(next))) {
                return true; // "treasurer in 2019": a time, not part of the title
            }
        }
        if (RELATIVE_TIME.contains(w) && k + 1 < tokens.size() && tokens.spacedFromPrevious(k + 1)
            && isTimeWord(lower(tokens.get(k + 1)))) {
            return true; // "treasurer last year", "treasurer this month": a time, not part of the title
        }
        if (w.equals("for") && isDuration(tokens.get(k).span().end())) {
            return true; // "treasurer for six years", "for the past decade": how long, not part of the title
        }
        return RELATIVES.contains(w) && !w.equals("which") || w.equals("whose")
            || PLACE_PREPOSITIONS.contains(w) && k + 1 < tokens.size() && tokens.spacedFromPrevious(k + 1)
                && tokens.get(k + 1).capitalized() && !TitleWords.isFunctionWord(tokens.get(k + 1).text());
    }

    /** Words that place a unit of time relative to now: a closed class ("last year", "this month", "next week"). */
    private static final Set<String> RELATIVE_TIME = Set.of("last", "this", "next", "earlier", "later");

    /** A unit of time of java.time ("year", "weeks"), a month or a weekday. */
    private static boolean isTimeWord(String w) {
        return TIME_UNITS.contains(w) || TIME_UNITS.contains(w + "s") || CalendarWords.isMonth(w) || CalendarWords.isWeekdayName(w);
    }

    /** Up to four words from an offset, before any punctuation, hold a unit of time of java.time ("six years", "a decade"). */
    private boolean isDuration(int from) {
        int to = from;
        while (to < text.length() && to - from < 40 && ",.;:)(\n\r".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String[] words = text.substring(from, to).strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < Math.min(4, words.length); i++) {
            if (TIME_UNITS.contains(words[i]) || TIME_UNITS.contains(words[i] + "s")) {
                return true;
            }
        }
        return false;
    }

    /** An owner's noun group starting at token k ("airline's CEO"), up to the punctuation that closes it. */
    Optional<TitlePhrase> ownedGroup(NameTokens tokens, int k) {
        if (k >= tokens.size() || !isOwner(tokens, k)) {
            return Optional.empty();
        }
        int end = groupEnd(tokens, k + 1);
        if (end <= k + 1 || !holdsOffice(tokens, k + 1, end) || !closes(tokens, end - 1)) {
            return Optional.empty();
        }
        return Optional.of(phrase(tokens, k, end - 1, null));
    }

    /** An owner's noun group that ends right before token {@code to} ("The company's chief financial officer, X"). */
    Optional<TitlePhrase> ownedGroupEndingAt(NameTokens tokens, int to) {
        for (int j = to - 1; j >= 0 && to - j <= LONGEST; j--) {
            if (isOwner(tokens, j)) {
                int end = groupEnd(tokens, j + 1);
                return (end >= to || isPlace(tokens, end, to)) && holdsOffice(tokens, j + 1, to) && startsClause(tokens, j)
                    ? Optional.of(phrase(tokens, j, to - 1, null)) : Optional.empty();
            }
            if (j < to - 1 && !tokens.spacedFromPrevious(j + 1)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "in Tarn" of "the board's envoy in Tarn, X": a preposition of place and a proper
     * name filling tokens [from, to), the place where the office is held.
     */
    private static boolean isPlace(NameTokens tokens, int from, int to) {
        if (from + 1 >= to || to - from > 4 || !PLACE_PREPOSITIONS.contains(lower(tokens.get(from)))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            NameToken t = tokens.get(k);
            if (!tokens.spacedFromPrevious(k) || !t.capitalized() || t.possessive() || TitleWords.isFunctionWord(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** "who chairs the aviation subcommittee" at token k: the office the verb names, and its object. */
    Optional<TitlePhrase> relativeClause(NameTokens tokens, int k) {
        if (k + 1 >= tokens.size() || !RELATIVES.contains(lower(tokens.get(k))) || !tokens.spacedFromPrevious(k + 1)) {
            return Optional.empty();
        }
        int verb = presentPerfect(tokens, k + 1);
        String v = lower(tokens.get(verb));
        Optional<String> office = OfficeHolders.officeOfVerb(v);
        if (office.isEmpty() || verb == k + 1 && !v.endsWith("s")) {
            return Optional.empty(); // "who led the agency until 2020" is a past office, not a title
        }
        int from = verb + 1;
        if (from < tokens.size() && DETERMINERS.contains(lower(tokens.get(from))) && tokens.spacedFromPrevious(from)) {
            from++;
        }
        int end = groupEnd(tokens, from);
        if (end <= from || !closes(tokens, end - 1)) {
            return Optional.empty();
        }
        String object = text.substring(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
        return Optional.of(phrase(tokens, k, end - 1, office.get() + " of " + object));
    }

    /**
     * "who has chaired the board since 2021": the present perfect reaches the present, as "chairs"
     * does; returns the index of the participle after "has"/"have", else {@code i} itself.
     */
    private static int presentPerfect(NameTokens tokens, int i) {
        String w = lower(tokens.get(i));
        String participle = word(tokens, i + 1);
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
        if (k >= tokens.size() || !lower(tokens.get(k)).equals("who")) {
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
        String w = word(tokens, k + 1);
        int from = w.equals("was") ? k + 2 : -1;
        Optional<TitlePhrase> office = office(tokens, k, from);
        if (office.isEmpty()) {
            return office;
        }
        int next = tokens.indexAt(office.get().span().end());
        while (next < tokens.size() && tokens.get(next).span().start() < office.get().span().end()) {
            next++;
        }
        return next < tokens.size() && TIME_PREPOSITIONS.contains(lower(tokens.get(next))) && endsGroup(tokens, next)
            ? office : Optional.empty();
    }

    /**
     * "X, as the company's treasurer,", "X, in her role as treasurer,": an apposition that opens
     * with "as", or with "in", a possessive determiner, a noun and "as" ("in his capacity as"), names
     * the office the person holds.
     */
    Optional<TitlePhrase> inRoleAs(NameTokens tokens, int k) {
        String w = k < tokens.size() ? lower(tokens.get(k)) : "";
        if (w.equals("as")) {
            return office(tokens, k, k + 1).filter(p -> !heldByNameAfter(tokens, p));
        }
        if (w.equals("in") && ClosedClass.POSSESSIVE_DETERMINERS.contains(word(tokens, k + 1))
            && !word(tokens, k + 2).isEmpty() && word(tokens, k + 3).equals("as")) {
            return office(tokens, k, k + 4);
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
            || tokens.get(last).possessive() || !OfficeHolders.isAppointing(lower(tokens.get(first - 1)))) {
            return Optional.empty();
        }
        int from = lower(tokens.get(last + 1)).equals("as") ? last + 2 : last + 1;
        return office(tokens, last + 1, from, from > last + 1 || tokens.spacedFromPrevious(from));
    }

    /** "appointed X, 52, as treasurer": an age between commas stands between the name at {@code last} and what follows. */
    private boolean agedBetween(NameTokens tokens, int last) {
        String between = text.substring(tokens.get(last).span().end(), tokens.get(last + 1).span().start()).strip();
        return between.matches(",\\s*\\d{1,3}\\s*,");
    }

    private Optional<TitlePhrase> linked(NameTokens tokens, int start, int verb) {
        return office(tokens, start, afterLink(tokens, verb)).or(() -> office(tokens, start, afterAs(tokens, verb))
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
            String w = word(tokens, i);
            if (w.isEmpty() || TitleWords.isTitleWord(w) || TitleWords.isHead(w) || ClosedClass.DETERMINERS.contains(w)) {
                return -1;
            }
            if (w.equals("as")) {
                return i > verb ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** The office a noun group at token {@code from} names, in a phrase from token {@code start}. */
    private Optional<TitlePhrase> office(NameTokens tokens, int start, int from) {
        return office(tokens, start, from, from >= 0 && from < tokens.size() && tokens.spacedFromPrevious(from));
    }

    /** @param attached the noun group at {@code from} follows what links it with only spaces between */
    private Optional<TitlePhrase> office(NameTokens tokens, int start, int from, boolean attached) {
        if (from < 0 || from >= tokens.size() || !attached) {
            return Optional.empty();
        }
        int titleFrom = from;
        if (DETERMINERS.contains(lower(tokens.get(from)))) {
            // "a"/"an" says which kind of office and stays in the title (PersonTitles judges it as a kind)
            titleFrom = lower(tokens.get(from)).equals("the") ? from + 1 : from;
            from++;
        }
        int groupFrom = from < tokens.size() && isOwner(tokens, from) ? from + 1 : from;
        int end = groupEnd(tokens, groupFrom);
        if (end <= groupFrom || !hasTitleHead(tokens, groupFrom, end) || !closes(tokens, end - 1)) {
            return Optional.empty();
        }
        String title = text.substring(tokens.get(titleFrom).span().start(), tokens.get(end - 1).span().end());
        return Optional.of(phrase(tokens, start, end - 1, title));
    }

    /**
     * The first token after the words that link a subject to an office at token i: "is", "becomes",
     * "became", "remains", "has been", "serves as", "has served as", or "is"/"was"/"has been" and a verb that puts
     * someone in an office ("was named", "has been appointed"); -1 where none stands there. "was" alone
     * says the office is past.
     */
    private static int afterLink(NameTokens tokens, int i) {
        String w = word(tokens, i);
        String next = word(tokens, i + 1);
        int after;
        if ((w.equals("has") || w.equals("have")) && next.equals("served")) {
            return word(tokens, i + 2).equals("as") ? i + 3 : -1; // "who has served as treasurer since 2019"
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
        if (!word(tokens, after).isEmpty() && io.factaudit.lexicon.Adverbs.isAdverb(word(tokens, after))
            && !TitleWords.isTitleWord(word(tokens, after))) {
            after++; // "who is also the company's treasurer", "is now Brontec's treasurer"
        }
        if (!word(tokens, after).isEmpty() && OfficeHolders.isAppointing(word(tokens, after))
            && word(tokens, after).endsWith("ed")) {
            return Set.of("as", "to").contains(word(tokens, after + 1)) ? after + 2 : after + 1;
        }
        return w.equals("was") ? -1 : after;
    }

    /** The token's word in lower case, or "" past the end or across punctuation. */
    private static String word(NameTokens tokens, int i) {
        return i < tokens.size() && i > 0 && tokens.spacedFromPrevious(i) ? lower(tokens.get(i)) : "";
    }

    /** "the airline's", "Skyline's", "its": a possessive after a determiner, a proper noun's, or a possessive determiner. */
    private static boolean isOwner(NameTokens tokens, int i) {
        NameToken t = tokens.get(i);
        if (ClosedClass.POSSESSIVE_DETERMINERS.contains(lower(t))) {
            return true;
        }
        if (!t.possessive()) {
            return false;
        }
        boolean afterDeterminer = i > 0 && tokens.spacedFromPrevious(i) && DETERMINERS.contains(lower(tokens.get(i - 1)));
        return afterDeterminer || t.capitalized();
    }

    /** One past the last word of the run of words from {@code from} that punctuation does not break. */
    private int groupEnd(NameTokens tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < LONGEST && (end == from || tokens.spacedFromPrevious(end))
            && isGroupWord(tokens.get(end)) && !(end > from && endsGroup(tokens, end))) {
            end++;
        }
        while (end > from && INSIDE.contains(lower(tokens.get(end - 1)))) {
            end--;
        }
        return end;
    }

    private static boolean isGroupWord(NameToken t) {
        String w = lower(t);
        // "its new treasurer": a word of time ("new", "former") belongs to the group
        return INSIDE.contains(w) || TitleWords.isTime(w) || !TitleWords.isFunctionWord(w) && !RELATIVES.contains(w);
    }

    /**
     * The group holds a word for an office. A word that changes a rank, alone after its owner, names
     * whom the person stands in for, not an office ("Brontec's deputy", "her assistant"), unless it
     * heads one of the sheet's titles.
     */
    private boolean holdsOffice(NameTokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = lower(tokens.get(k));
            String last = w.substring(w.lastIndexOf('-') + 1);
            if ((TitleWords.isHead(w) || OfficeHolders.isOffice(last)) && !TitleWords.isRankChanger(last)
                || sheetHeads.contains(TitleWords.normal(w))
                || sheetHeads.contains(TitleWords.normal(last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copula links a person to anything ("who is the plant's union official", "who is its longest
     * serving agent"): only a title's head word or the head of one of the sheet's titles makes what
     * it links a title, not every noun WordNet files under offices.
     */
    private boolean hasTitleHead(NameTokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = lower(tokens.get(k));
            String last = w.substring(w.lastIndexOf('-') + 1);
            if (TitleWords.isHead(w) || sheetHeads.contains(TitleWords.normal(w)) || sheetHeads.contains(TitleWords.normal(last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A group before a comma starts at the start of its clause: after "the", punctuation or a line's
     * start, or as the subject of a verb of saying before it ("..., said the agency's treasurer, X.").
     */
    private static boolean startsClause(NameTokens tokens, int owner) {
        if (owner == 0 || !tokens.spacedFromPrevious(owner)) {
            return true;
        }
        int before = owner - 1;
        if (tokens.get(owner).capitalized() && !tokens.get(before).capitalized() && !DETERMINERS.contains(lower(tokens.get(before)))) {
            return true; // "spoke after Brontec's treasurer, X,", "told Brontec's treasurer, X": a proper owner opens the group
        }
        return DETERMINERS.contains(lower(tokens.get(before)))
            && (before == 0 || !tokens.spacedFromPrevious(before) || Set.of("and", "but", "as").contains(lower(tokens.get(before - 1)))
                || VerbsOfSaying.contains(lower(tokens.get(before - 1))));
    }

    /** The group ends at punctuation or at the end of its paragraph. */
    private boolean closes(NameTokens tokens, int last) {
        if (tokens.get(last).possessive()) {
            return false;
        }
        int at = tokens.get(last).span().end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at >= text.length() || ",.;:)\u2014\u2013\n\r".indexOf(text.charAt(at)) >= 0 || last + 1 >= tokens.size()
            || endsGroup(tokens, last + 1);
    }

    private TitlePhrase phrase(NameTokens tokens, int from, int to, String title) {
        int start = tokens.get(from).span().start();
        if (from > 0 && tokens.spacedFromPrevious(from) && DETERMINERS.contains(lower(tokens.get(from - 1)))
            && !tokens.get(from).capitalized()) {
            start = tokens.get(from - 1).span().start();
        }
        Span span = new Span(start, tokens.get(to).span().end());
        return new TitlePhrase(span, title != null ? title : text.substring(span.start(), span.end()), title != null);
    }

    private static String lower(NameToken t) {
        return Folded.of(t.text()).text().toLowerCase(Locale.ROOT);
    }
}
