package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A person of the sheet named by the noun of their office alone ("the governor said", "Governor puts
 * the toll at 14") is the source of a count, whatever the verb of saying, the office, the frame.
 */
class TitleNounSourceTest {

    /** Four officials, each the one holder of an office; the spokeswoman speaks for the fire service. */
    private static final String[] NAMES = {
        "fire deaths | deaths, dead, died, death toll, toll",
        "Fire Service | Ostland Fire Service, the fire service, Lena Berg, Berg",
        "Ida Holm | Holm",
        "Per Lund | Lund",
        "Eva Dahl | Dahl"};

    private static final Facts WITH_TITLES = new SheetFixture().names(NAMES)
        .estimates("fire deaths", "Fire Service | 2031-07-01 | 12", "Ida Holm | 2031-07-01 | 14",
            "Per Lund | 2031-07-01 | 15", "Eva Dahl | 2031-07-01 | 16")
        .people("Ida Holm | Governor, Governor of Ostland, state governor | Holm",
            "Per Lund | Mayor, Mayor of Varby, Varby mayor | Lund",
            "Eva Dahl | health minister, Minister of Health | Dahl",
            "Lena Berg | spokeswoman, fire service spokeswoman | Berg")
        .facts();

    /** The same sheet without its people: the article's own titles say who holds which office. */
    private static final Facts NAMES_ONLY = new SheetFixture().names(NAMES)
        .estimates("fire deaths", "Fire Service | 2031-07-01 | 12", "Ida Holm | 2031-07-01 | 14",
            "Per Lund | 2031-07-01 | 15", "Eva Dahl | 2031-07-01 | 16")
        .facts();

    /** How the article names each official once with their title, and the source each stands for. */
    private static final Map<String, String[]> OFFICES = new TreeMap<>(Map.of(
        "governor", new String[] {"Governor Ida Holm visited the burned villages.", "Ida Holm"},
        "mayor", new String[] {"Varby's mayor, Per Lund, opened a shelter.", "Per Lund"},
        "minister", new String[] {"Eva Dahl, the health minister, flew to Varby.", "Eva Dahl"},
        "spokeswoman", new String[] {"Lena Berg, a fire service spokeswoman, spoke at noon.", "Fire Service"}));

    private static String sourceOf(Facts facts, String text, String number) {
        List<CountClaim> claims = claims(facts, text, number);
        assertThat(claims).as("the count %s in: %s", number, text).hasSize(1);
        return claims.get(0).source();
    }

    private static List<CountClaim> claims(Facts facts, String text, String number) {
        return new CountReader().read(SheetFixture.document(text, "2031-07-02"), facts)
            .stream().map(CountClaim.class::cast).filter(c -> c.text().contains(number)).toList();
    }

    /** Each lemma of the lexicon's verbs of saying once, as "past" (said) and "present" (says) forms. */
    private static List<String[]> verbsOfSaying() {
        Map<String, String[]> byLemma = new TreeMap<>();
        VerbsOfSaying.forms().forEach((form, lemma) -> {
            String[] pair = byLemma.computeIfAbsent(lemma, k -> new String[2]);
            if (form.endsWith("ed") || !form.equals(lemma) && !form.endsWith("s") && !form.endsWith("ing")) {
                pair[0] = pair[0] == null || form.length() < pair[0].length() ? form : pair[0];
            }
            if (form.equals(lemma + "s") || form.equals(lemma + "es")) {
                pair[1] = form;
            }
        });
        return byLemma.values().stream().filter(p -> p[0] != null && p[1] != null).toList();
    }

    @Test
    void a_title_noun_names_its_one_holder_whatever_the_verb_of_saying_and_the_frame() {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String[] verb : verbsOfSaying()) {
            String named = OFFICES.get("governor")[0];
            for (String text : List.of(
                "Ostland fires\n\n" + named + " Fire deaths in Ostland reached 14 on Monday, the governor " + verb[0] + ".",
                "Governor " + verb[1] + " Ostland fire toll reached 14\n\n" + named)) {
                tried++;
                List<CountClaim> read = claims(NAMES_ONLY, text, "14");
                if (read.size() != 1 || !"Ida Holm".equals(read.get(0).source())) {
                    wrong.add(verb[0] + "/" + verb[1] + ": " + read);
                }
            }
        }
        assertThat(tried).isGreaterThan(100);
        assertThat(wrong.size()).as("%s", wrong).isLessThanOrEqualTo(tried / 100);
    }

    @Test
    void every_office_and_every_place_of_the_attribution_names_the_same_holder() {
        for (var office : OFFICES.entrySet()) {
            String noun = office.getKey();
            String capital = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            String expected = office.getValue()[1];
            for (String text : List.of(
                "Ostland fires\n\n" + office.getValue()[0] + " Fire deaths reached 14 on Monday, the " + noun + " said.",
                "Ostland fires\n\n" + office.getValue()[0] + " The " + noun + " said on Monday that fire deaths had reached 14.",
                "Ostland fires\n\n" + office.getValue()[0] + " 14 fire deaths have been confirmed, according to the " + noun + ".",
                capital + " puts fire toll at 14\n\n" + office.getValue()[0],
                "Fire toll reaches 14, " + noun + " says\n\n" + office.getValue()[0])) {
                String number = "14";
                assertThat(sourceOf(NAMES_ONLY, text, number)).as(text).isEqualTo(expected);
                assertThat(sourceOf(WITH_TITLES, text, number)).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void the_sheet_s_titles_name_the_holder_when_the_article_gives_none() {
        assertThat(sourceOf(WITH_TITLES, "Ostland fires\n\nFire deaths reached 14 on Monday, the governor said.", "14"))
            .isEqualTo("Ida Holm");
        assertThat(sourceOf(WITH_TITLES, "Ostland fires\n\nFire deaths reached 14 on Monday, the Varby mayor said.", "14"))
            .isEqualTo("Per Lund");
    }

    @Test
    void a_title_noun_no_known_source_holds_stays_unknown() {
        // the article gives the office to someone the sheet does not know
        assertThat(sourceOf(WITH_TITLES, "Ostland fires\n\nMayor Ada Sten of Norby toured the ruins. "
            + "Fire deaths reached 14 on Monday, the mayor said.", "14")).isNull();
        // no one holds the office, in the sheet or in the article
        assertThat(sourceOf(NAMES_ONLY, "Ostland fires\n\nFire deaths reached 14 on Monday, the governor said.", "14")).isNull();
        // a word that changes the rank names another office
        assertThat(sourceOf(WITH_TITLES, "Ostland fires\n\nFire deaths reached 14 on Monday, the deputy governor said.", "14"))
            .isNull();
    }
}
