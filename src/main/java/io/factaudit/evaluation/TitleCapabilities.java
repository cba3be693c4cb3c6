package io.factaudit.evaluation;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.check.Reason;
import io.factaudit.claim.TitleClaim;
import io.factaudit.evaluation.Fixtures.Speaker;
import io.factaudit.lexicon.OfficeHolders;
import io.factaudit.lexicon.TitleAbbreviations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The forms in which news writes a person's title, each filled with every title of the lexicon
 * ({@link OfficeHolders#titles()}) and invented people and organisations: before the name with and
 * without its owner, in apposition on either side, with "former", "acting", "deputy", "interim",
 * "co-", in a relative clause or as a predicate, per name in a list, in a headline or across a line
 * break, in another house style. Each must read one title per name that the sheet agrees with (INV);
 * with another title on the sheet, the same sentence must be a wrong title (DIR).
 *
 * <p>Placeholders: {X} the holder's full name, {S} the surname, {t} the title, {T} it capitalised
 * word by word, {O} the organisation, {Y} and {u} the other person and title, {U} it capitalised.
 */
final class TitleCapabilities {

    private static final String SAID = "said the plant would stay open.";
    static final String SAID_TEXT = SAID;

    static final List<String> BEFORE = List.of("{T} {X} " + SAID, "On Monday, {t} {X} " + SAID, "{O} {t} {X} " + SAID,
        "{O}'s {t} {X} " + SAID, "{O} {T} {X} " + SAID, "{T} {S} " + SAID, "The plant will stay open, {t} {X} said.",
        "The plant will stay open, {O} {T} {X} said on Monday.", "{T} {X} of {O} " + SAID, "{T} {X} (R) " + SAID);

    static final List<String> APPOSITION = List.of("{X}, the {t}, " + SAID, "{X}, {O}'s {t}, " + SAID,
        "{X}, the company's {t}, " + SAID, "{X}, the {t} of {O}, " + SAID, "{X}, {t} of {O}, " + SAID,
        "{X}, {T} of {O}, " + SAID, "{X}, the {t} at {O}, " + SAID, "{X}, a {t} for {O}, " + SAID,
        "The company's {t}, {X}, " + SAID, "{O}'s {t}, {X}, " + SAID, "{S}, the {t}, " + SAID,
        "The plant will stay open, said {X}, {O}'s {t}.", "The plant will stay open, said {X}, the {t} of {O}.",
        "{X}, {O}'s {T}, " + SAID);

    static final List<String> CLAUSE = List.of("{X}, who became {t} in 2019, " + SAID,
        "{X}, who became {O}'s {t} in 2019, " + SAID, "{X}, who is {O}'s {t}, " + SAID,
        "{X}, who serves as the company's {t}, " + SAID, "{X}, who was named {t} of {O} in 2019, " + SAID,
        "{X}, who has been {t} since 2019, " + SAID, "{X} is {O}'s {t}.", "{X} is the {t} of {O}.");

    static final List<String> LIST = List.of("{X}, a {t} for {O}, and {Y}, its {u}, " + SAID.replace("said", "both said"),
        "{X}, {O}'s {t}, and {Y}, the company's {u}, " + SAID.replace("said", "both said"),
        "{T} {X} and {U} {Y} " + SAID.replace("said", "both said"),
        "{X}, the {t}, and {Y}, the {u}, " + SAID.replace("said", "both said"),
        "The plant will stay open, said {X}, the {t}, and {Y}, {O}'s {u}.");

    /** Two titles of one person joined by "and": the sheet lists both. */
    static final List<String> JOINED = List.of("{X}, the {t} and {u} of {O}, " + SAID, "{X}, {O}'s {t} and {u}, " + SAID,
        "{T} and {U} {X} " + SAID, "{O} {t} and {u} {X} " + SAID);

    static final List<String> LAYOUT = List.of("{O} {T} {S} Says Plant Will Stay Open\n\nThe plant will stay open, {S} said.",
        "{T} {X} says plant will stay open\n\nThe plant will stay open, {S} said.",
        "{X}, {O}'s\n{t}, " + SAID, "The plant will stay open, {O}\n{t} {X} said on Monday.",
        "{X}, the\n{t} of {O}, " + SAID);

    /** Forms with a word that says when or in which rank the title is held: the sheet's title carries the word. */
    static final List<String> RANKED = List.of("{T} {X} " + SAID, "On Monday, {t} {X} " + SAID, "{O} {t} {X} " + SAID,
        "{X}, the company's {t}, " + SAID, "{X}, {O}'s {t}, " + SAID, "{O}'s {t}, {X}, " + SAID,
        "{X}, {t} of {O}, " + SAID);
    static final List<String> RANKS = List.of("deputy", "acting", "interim", "co-");
    static final List<String> FORMER = List.of("Former {t} {X} " + SAID, "{X}, the former {t} of {O}, " + SAID,
        "{X}, a former {O} {t}, " + SAID, "{X}, {O}'s former {t}, " + SAID);

    /**
     * Forms of real news the forms above leave out: the title after "as" ("in her role as", "served
     * as", "took over as", "stepped down as"), after a dash or an adverb ("currently"), with words of tenure
     * ("newly appointed", "long-serving", "current"), a past office with its date, a title in parentheses, an age between the name and its title
     * or its appointing verb, an "of" owner that is itself a body of office ("of the city council"), a
     * country's adjective before the title, a photo caption, and two names with two titles in one
     * apposition, paired in order.
     */
    static final List<String> REAL = List.of("{X}, in her role as {O}'s {t}, " + SAID,
        "{X}, who served as {t} of {O} until 2019, " + SAID, "{X} has served as {O}'s {t} since 2019.",
        "{X}, who was {t} of {O} until 2019, " + SAID, "{X}, {t} of {O} until 2019, " + SAID,
        "{X} ({t} of {O}) " + SAID, "{X} ({O} {t}) " + SAID, "{X}, 52, {O}'s {t}, " + SAID,
        "{O} appointed {X}, 52, as {t} on Monday.", "{O} named {X}, 52, its new {t}.",
        "{X}, {t} of the city council, " + SAID, "{X} \u2014 {O}'s {t} \u2014 " + SAID,
        "{X}, who took over as {t} in 2019, " + SAID, "{X}, who stepped down as {O}'s {t} in March, " + SAID,
        "{X}, who was sworn in as {t} on Monday, " + SAID, "{X}, currently {O}'s {t}, " + SAID,
        "{X}, now the {t} of {O}, " + SAID, "{X}, who is also the company's {t}, " + SAID,
        "{X}, {O}'s newly appointed {t}, " + SAID, "{X}, the recently elected {t} of {O}, " + SAID,
        "{X}, {O}'s long-serving {t}, " + SAID, "The company's current {t}, {X}, " + SAID, "{X}, the {t} of the town council, " + SAID,
        "The Velmoran {t}, {X}, " + SAID, "{X}, the Velmoran {t}, " + SAID, "Velmoran {t} {X} " + SAID,
        "Pictured: {O} {t} {X} at the plant in Osk on Monday.\n\nThe plant will stay open, {S} said.",
        "Photo: {X}, {O}'s {t}, in Osk on Monday.\n\nThe plant will stay open, {S} said.",
        "By {X}, {O} {t}\n\nThe plant will stay open, the company said on Monday.",
        "By {X}\n{T}, {O}\n\nThe plant will stay open, the company said on Monday.");

    /**
     * Forms of issue 15: a promotion ("who was promoted to"), an appointment in apposition without
     * "who was" ("named treasurer in 2019"), the office-to-be ("-elect"), the owner after "at", a
     * title in the attribution of a quote ("said X, who is the ..."), a caption broken across lines,
     * and an owner the sheet does not name after "of the", "with the" ("of the Osk school district") or
     * as a proper name before the title ("the Osk County treasurer", "Osk County's treasurer").
     */
    static final List<String> ISSUE = List.of("{X}, who was promoted to {t} in 2019, " + SAID,
        "{X}, who was promoted to {O}'s {t} last year, " + SAID, "{X}, named {t} of {O} in 2019, " + SAID,
        "{X}, appointed {O}'s {t} last year, " + SAID, "{X}, {t} at {O}, " + SAID, "{X}, who is {t} at {O}, " + SAID,
        "\"The plant will stay open,\" said {X}, who is the {t} of {O}.",
        "\"The plant will stay open,\" said {X}, who is {O}'s {t}.",
        "\"The plant will stay open,\" said {X}, {O}'s {t}, on Monday.",
        "\"The plant will stay open,\" {X}, the {t} of {O}, said.",
        "Pictured: {O}\n{t} {X} at the plant in Osk on Monday.\n\nThe plant will stay open, {S} said.",
        "Photo: {X}, the\n{t} of {O}, in Osk.\n\nThe plant will stay open, {S} said.",
        "{X}, {O}'s {t}-elect, " + SAID, "{T}-elect {X} " + SAID, "{X}, the {t}-elect of {O}, " + SAID,
        "{X}, {t} of the Osk school district, " + SAID, "{X}, a {t} with the Osk fire department, " + SAID,
        "{X}, the {t} of the Osk Water Board, " + SAID, "{X}, the Osk {t}, " + SAID, "{X}, Osk County's {t}, " + SAID,
        "{X}, the Osk County {t}, " + SAID);

    /**
     * An owner after the title that the sheet does not name: the one the office serves, after "to"
     * ("adviser to the Osk mayor"), and an owner with an owner of its own after "of the" ("of the
     * town's water board").
     */
    static final List<String> SERVED = List.of("{X}, {t} to the Osk mayor, " + SAID, "{X}, the {t} to the governor, " + SAID,
        "\"The plant will stay open,\" said {X}, {t} to the Osk council.", "{X}, {t} of the town's water board, " + SAID,
        "{X}, the {t} of the county's fire department, " + SAID);

    /** Two names and their two titles in one apposition: each name takes the title in its place. */
    static final List<String> PAIRED = List.of("{X} and {Y}, the company's {t} and {u}, " + SAID.replace("said", "both said"),
        "{X} and {Y}, {O}'s {t} and {u} respectively, " + SAID.replace("said", "both said"));

    /**
     * Another person's title in the sentence of a name: it is that person's, never the name's. The
     * sheet gives {X} the title {t} and {Y} the title {u}; {X} must take no title, {Y} its own.
     */
    static final List<String> OTHERS = List.of("{X} met {U} {Y} in Osk on Monday.", "{X} said {U} {Y} had left the meeting.",
        "{X} told {Y}, the {u}, that the plant would stay open.", "{X} spoke after {O}'s {u}, {Y}, left the meeting.",
        "The plant will stay open, {X} told {O}'s {u}, {Y}.", "{X}, who met the {u}, {Y}, on Monday, " + SAID,
        "{X} spoke to {O} {u} {Y} on Monday.", "{X}, who left as the {u}, {Y}, arrived, " + SAID,
        "{X}, who spoke as {O}'s {u}, {Y}, listened, " + SAID, "{X} and {U} {Y} " + SAID.replace("said", "both said"),
        "{X} wrote to the {u}, {Y}, that the plant would stay open.", "{X}, who reports to the {u}, {Y}, " + SAID);

    private TitleCapabilities() {
    }

    static List<Capability> all() {
        List<Capability> all = new ArrayList<>(List.of(inv("INV title before the name, with and without owner (title)", BEFORE),
            inv("INV title in apposition or before a comma (title)", APPOSITION),
            ranked(), inv("INV title in a relative clause or as a predicate (title)", CLAUSE),
            list(),
            inv("INV title in a headline or across a line break (title)", LAYOUT), houseStyle(), another(), real(), others(),
            inv("INV title promoted to, named, -elect, owner after 'at' or 'of the' or a name before, in a quote's attribution, caption (title)", ISSUE),
            inv("INV title with the one it serves after 'to', an owner's owner after 'of the' (title)", SERVED)));
        all.addAll(TitleDescriptionCapabilities.all());
        return all;
    }

    private static Capability inv(String name, List<String> forms) {
        List<Probe> probes = new ArrayList<>();
        List<String> titles = OfficeHolders.titles();
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            String u = other(titles, i);
            for (String form : forms) {
                probes.add(agrees(fill(form, t, u), t, u, form.contains("{Y}")));
            }
        }
        return new Capability(name, probes);
    }

    /** Each name of a list with its own title, and two titles of one name joined by "and". */
    private static Capability list() {
        List<Probe> probes = new ArrayList<>(inv("", LIST).probes());
        List<String> titles = OfficeHolders.titles();
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            String u = other(titles, i);
            String w = other(titles, titles.indexOf(u));
            for (String form : JOINED) {
                probes.add(Probe.of(fill(form, t, u), Fixtures.titles(t + ", " + u, w), "one title of "
                    + Fixtures.HOLDER.name() + " that the sheet agrees with", titlesOf(List.of(Fixtures.HOLDER.name()))));
            }
        }
        return new Capability("INV title per name in a list (title)", probes);
    }

    /** The forms of {@link #REAL} and {@link #PAIRED}, each with every title of the lexicon. */
    private static Capability real() {
        List<Probe> probes = new ArrayList<>(inv("", REAL).probes());
        List<String> titles = OfficeHolders.titles();
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            String u = other(titles, i);
            PAIRED.forEach(form -> probes.add(agrees(fill(form, t, u), t, u, true)));
        }
        return new Capability("INV title as real news writes it: as, past office, parentheses, age, country, caption, pairs (title)",
            probes);
    }

    /** The forms of {@link #OTHERS}: the other person's title goes to the other person alone (DIR). */
    private static Capability others() {
        List<Probe> probes = new ArrayList<>();
        List<String> titles = OfficeHolders.titles();
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            String u = other(titles, i);
            for (String form : OTHERS) {
                probes.add(Probe.of(fill(form, t, u), Fixtures.titles(t, u), "a title of " + Fixtures.OTHER.name()
                    + " alone, none of " + Fixtures.HOLDER.name(), titlesOf(List.of(Fixtures.OTHER.name()))));
            }
        }
        return new Capability("DIR a title of another person in the sentence is not the name's (title)", probes);
    }

    /** "deputy", "acting", "interim", "co-" on the sheet and in the text; "former" in the text alone. */
    private static Capability ranked() {
        List<Probe> probes = new ArrayList<>();
        List<String> titles = OfficeHolders.titles();
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            String u = other(titles, i);
            for (String rank : RANKS) {
                if (t.contains(" ") && rank.equals("co-")) {
                    continue; // "co-" makes words of one-word offices ("co-director")
                }
                String ranked = rank.endsWith("-") ? rank + t : rank + " " + t;
                RANKED.forEach(form -> probes.add(agrees(fill(form, ranked, u), ranked, u, false)));
            }
            FORMER.forEach(form -> probes.add(agrees(fill(form, t, u), t, u, false)));
        }
        return new Capability("INV title with former, acting, deputy, interim, co- (title)", probes);
    }

    /** Abbreviated and spelled out ("Gov." and "governor"), capitalised or not, hyphenated or spaced. */
    private static Capability houseStyle() {
        List<Probe> probes = new ArrayList<>();
        List<String> titles = OfficeHolders.titles();
        for (Map.Entry<String, String> abbreviation : TitleAbbreviations.offices().entrySet()) {
            String word = abbreviation.getValue();
            String u = word.equals("secretary") ? "prosecutor" : "secretary";
            for (String[] pair : List.of(new String[] {abbreviation.getKey(), word}, new String[] {cap(word), abbreviation.getKey()})) {
                for (String form : List.of("{t} {X} " + SAID, "On Monday, {t} {X} " + SAID, "{O} {t} {X} " + SAID)) {
                    probes.add(agrees(fill(form.replace("{t}", pair[0]), pair[1], u), pair[1], u, false));
                }
            }
        }
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            String u = other(titles, i);
            List<String> styles = new ArrayList<>(List.of(t.toUpperCase(Locale.ROOT), capitalised(t)));
            if (t.contains(" ")) {
                styles.add(t.replace(' ', '-'));
                styles.add(capitalised(t).replace(' ', '-'));
            }
            for (String written : styles) {
                for (String form : List.of("{t} {X} " + SAID, "{X}, {O}'s {t}, " + SAID, "{X}, the {t} of {O}, " + SAID)) {
                    probes.add(agrees(fill(form.replace("{t}", written), t, u), t, u, false));
                }
                if (t.contains(" ")) {
                    // the sheet in one style, the text in the other
                    String hyphenated = t.replace(' ', '-');
                    probes.add(agrees(fill("{T} {X} " + SAID, t, u), hyphenated, u, false));
                }
            }
        }
        return new Capability("INV title in house style: abbreviation, capitals, hyphen (title)", probes);
    }

    /** The forms that read a title, with another title on the sheet: each must be a wrong title. */
    private static Capability another() {
        List<Probe> probes = new ArrayList<>();
        List<String> titles = OfficeHolders.titles();
        List<String> forms = new ArrayList<>(BEFORE);
        forms.addAll(APPOSITION);
        forms.addAll(CLAUSE);
        forms.addAll(ISSUE);
        for (int i = 0; i < titles.size(); i++) {
            String t = titles.get(i);
            String u = other(titles, i);
            for (String form : forms) {
                String text = fill(form, t, u);
                Probe base = agrees(text, t, u, false);
                probes.add(Probe.of(text, Fixtures.titles(u, t), "a wrong title of " + Fixtures.HOLDER.name(),
                    wrongTitle(Fixtures.HOLDER.name())).against(base));
            }
        }
        return new Capability("DIR another title on the sheet (wrong title)", probes);
    }

    private static Probe agrees(String text, String holderTitle, String otherTitle, boolean both) {
        List<String> people = both ? List.of(Fixtures.HOLDER.name(), Fixtures.OTHER.name()) : List.of(Fixtures.HOLDER.name());
        return Probe.of(text, Fixtures.titles(holderTitle, otherTitle), "one title of each of " + people
            + " that the sheet agrees with", titlesOf(people));
    }

    /** A title of another head: the next title of the list with no word of this one. */
    private static String other(List<String> titles, int i) {
        List<String> words = Arrays.asList(titles.get(i).split("[ -]"));
        for (int k = 1; k < titles.size(); k++) {
            String u = titles.get((i + k) % titles.size());
            if (Arrays.stream(u.split("[ -]")).noneMatch(words::contains)) {
                return u;
            }
        }
        throw new IllegalStateException("the lexicon has one title only");
    }

    static String fill(String form, String t, String u) {
        Speaker x = Fixtures.HOLDER;
        Speaker y = Fixtures.OTHER;
        String text = form.replace("{X}", x.name()).replace("{S}", x.surname()).replace("{Y}", y.name())
            .replace("{O}", x.owner()).replace("{T}", capitalised(t)).replace("{t}", t)
            .replace("{U}", capitalised(u)).replace("{u}", u);
        return CountCapabilities.cap(text.replaceAll("\\b([Aa]) (?=[aeiouAEIOU])", "$1n "));
    }

    private static String capitalised(String title) {
        return Arrays.stream(title.split(" ")).map(w -> Arrays.stream(w.split("-", -1)).map(CountCapabilities::cap)
            .collect(Collectors.joining("-"))).collect(Collectors.joining(" "));
    }

    private static String cap(String s) {
        return CountCapabilities.cap(s);
    }

    /** Exactly one title claim per person named, each the sheet agrees with (no finding). */
    static Predicate<ArticleAudit> titlesOf(List<String> people) {
        return a -> {
            List<String> read = a.claims().stream().filter(TitleClaim.class::isInstance).map(c -> ((TitleClaim) c).person())
                .sorted().toList();
            return read.equals(people.stream().sorted().toList()) && a.findings().isEmpty();
        };
    }

    /** A wrong title of the person, and no other finding. */
    static Predicate<ArticleAudit> wrongTitle(String person) {
        return a -> !a.findings().isEmpty() && a.findings().stream().allMatch(f -> f.reason() == Reason.WRONG_TITLE)
            && a.findings().stream().anyMatch(f -> f.message().contains(person));
    }
}
