package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Person;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the subject stands to its state, each form under invented sheets (a ferry pier "reopened",
 * written "back open" too; a mill "closed"; a tram service "restored"; rangers "in the park"; a web
 * portal "back online"): a
 * pronoun, another subject or object joined by "and", an object kept in the state, an aside, "has
 * since", "no longer" with the opposite, a verb of motion into a state ("came back online"), a
 * definite group ("the nine libraries", "the county's libraries", "every library"), a headline's or
 * timeline's bare head, an owner's singular head before the subject is named, a number in the object,
 * a passive participle or an object before a state worded as a phrase ("were posted in the park",
 * "kept the rangers in the park"), a verb that denies the next ("failed to reopen"); and the subject inside another noun's phrase, which is not
 * the state's subject.
 */
class StatePositionInvarianceTest {

    private static Facts sheet(String subject, String spelling, String state, String... aliases) {
        Name name = new Name(subject, List.of(spelling), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(aliases),
            new FactLocation("features/s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    private static final Facts PIER = sheet("Harrow ferry pier", "Harrow pier", "reopened", "back open");
    private static final Facts MILL = sheet("Dunmore mill", "Dunmore factory", "closed", "shut");
    private static final Facts TRAMS = sheet("Wexley tram service", "Wexley trams", "restored");
    private static final Facts RANGERS = sheet("Ostrava rangers", "the rangers", "in the park");
    private static final Facts PORTAL = sheet("Kelby web portal", "Kelby portal", "back online", "back up");
    private static final Facts LIBRARIES = sheet("Fenwick County libraries", "Fenwick libraries", "closed", "shut");
    private static final Facts HOSTAGES = sheet("Ardis hostages", "the hostages", "freed", "released");

    /** A sheet whose subject is one of its people, in custody from a date. */
    private static final Facts REPORTER = new Facts(
        List.of(new Name("Ilka Soren", List.of("Soren"), new FactLocation("features/s.feature", 4))), List.of(),
        List.of(new Milestone("Ilka Soren", "in custody", LocalDate.of(2025, 3, 10), List.of("detained"),
            new FactLocation("features/s.feature", 9))), List.of(),
        List.of(new Person("Ilka Soren", List.of("reporter"), List.of("Soren"), new FactLocation("features/s.feature", 6))),
        List.of(), Policy.DEFAULT, List.of());

    private static Facts facts(String sheet) {
        return switch (sheet) {
            case "pier" -> PIER;
            case "mill" -> MILL;
            case "trams" -> TRAMS;
            case "portal" -> PORTAL;
            case "libraries" -> LIBRARIES;
            case "hostages" -> HOSTAGES;
            case "reporter" -> REPORTER;
            default -> RANGERS;
        };
    }

    /** "affirmed" or "negated" for each claim of the text. */
    private static List<String> read(String sheet, String text) {
        Document d = Sheets.article(text.replace(" ¶ ", "\n\n"), "2025-03-20");
        return new StateReader().read(d, facts(sheet)).stream().map(StateClaim.class::cast)
            .map(c -> c.negated() ? "negated" : "affirmed").toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "pier | The Harrow ferry pier was damaged by ice. It reopened on Monday.",
        "mill | The Dunmore mill lost its contract in May. It shut on Friday.",
        "pier | The Harrow pier and the Selby jetty reopened on Monday.",
        "mill | The Dunmore mill and the Selby brewery closed last week.",
        "pier | The port reopened the Selby jetty and the Harrow pier on Monday.",
        "mill | Its owners shut the Dunmore mill on Friday.",
        "pier | The Harrow ferry pier has since reopened.",
        "trams | The Wexley tram service has since been restored.",
        "pier | The Harrow pier is no longer closed.",
        "pier | The Harrow pier is no longer shut to foot passengers.",
        "rangers | A number of the Ostrava rangers are in the park.",
        "portal | The Kelby web portal came back online on Monday.",
        "portal | The Kelby portal was brought back online overnight.",
        "portal | The Kelby web portal went back up at noon.",
        "libraries | Fenwick County libraries lost power. The nine libraries closed on Monday.",
        "libraries | Fenwick County libraries lost power. All nine of the libraries shut on Monday.",
        "libraries | Fenwick County libraries lost power. The county's libraries closed on Monday.",
        "libraries | Fenwick County libraries lost power. Every library in the county closed on Monday.",
        "libraries | Fenwick County libraries lost power. ¶ May 2 — Libraries close",
        "libraries | Libraries shut as storm cuts power ¶ Fenwick County libraries lost power on Friday.",
        "portal | With Kelby's main portal back up, clients logged in again. ¶ The Kelby web portal failed on Friday.",
        "hostages | The rebels freed 12 hostages on Monday.",
        "hostages | The rebels released nine of the Ardis hostages on Monday.",
        "rangers | The Ostrava rangers were posted in the park on Monday.",
        "rangers | The council kept the Ostrava rangers in the park.",
        "libraries | Fenwick County libraries lost power. Libraries closed on Monday.",
        "reporter | Ilka Soren was stopped at the airport. She remains in custody.",
        "reporter | Ilka Soren was stopped at the airport. He remains in custody.",
    })
    void the_state_is_said_of_the_subject(String sheet, String text) {
        assertThat(read(sheet, text)).containsExactly("affirmed");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "pier | The port kept the Harrow pier closed on Monday.",
        "pier | Storms left the Harrow pier shut for a week.",
        "pier | The Harrow pier, closed since the storm, will reopen in April.",
        "mill | The Dunmore mill, open since 1920, will shut in April.",
        "pier | The Harrow pier was damaged by ice. It remains closed.",
        "mill | The Dunmore mill is no longer shut.",
        "pier | The Harrow ferry pier failed to reopen on Monday.",
        "trams | The Wexley tram service has failed to be restored.",
        "pier | The Harrow pier has still not reopened.",
    })
    void an_opposite_kept_in_an_aside_or_after_a_pronoun_denies_the_state(String sheet, String text) {
        assertThat(read(sheet, text)).containsExactly("negated");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "pier | The road to the Harrow ferry pier reopened on Monday.",
        "pier | The cafe at the Harrow pier is back open.",
        "mill | The canal beside the Dunmore mill closed on Friday.",
        "mill | The owner of the Dunmore mill is shut out of the talks.",
        "trams | The council restored the fare cut for the Wexley tram service.",
        "pier | The port kept the Harrow pier staff busy.",
        "pier | The Harrow pier is not closed.",
        "portal | The Kelby web portal failed and its staff went back to the office.",
        "portal | The Kelby web portal sold ads back online.",
        "libraries | Libraries shut as storm cuts power ¶ The storm hit Fenwick on Friday.",
        "libraries | Fenwick County libraries lost power. Orlan's libraries closed on Monday.",
        "rangers | The council plans to keep the Ostrava rangers in the park.",
        "rangers | The mayor told the Ostrava rangers in the park to leave.",
    })
    void the_state_of_another_thing_or_no_state_is_not_taken(String sheet, String text) {
        assertThat(read(sheet, text)).isEmpty();
    }
}
