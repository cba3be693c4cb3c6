package io.factaudit.claim;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a sheet that counts a noun only with a predicate ("customers without water", "travellers in
 * quarantine"), the noun alone is no more the subject than "people" is: "N customers" count it only
 * when the clause says the predicate of them; another state leaves them uncounted, another act as
 * their verb makes them another group even under the passage's source. Invariant under another noun
 * of the sheet, state or act, number form and topic. Sentences and sheets invented for this test.
 */
class NounWithoutPredicateTest {

    private static final Facts WATER = new SheetFixture()
        .names("customers without water | without water, lost water, no running water, subscribers without water",
            "Dorn Water Board | the water board")
        .estimates("customers without water", "Dorn Water Board | 2031-05-02 | 42,000")
        .facts();

    private static final Facts QUARANTINE = new SheetFixture()
        .names("travellers in quarantine | in quarantine, kept in quarantine, held in quarantine, passengers in quarantine",
            "Port Health Office | the health office")
        .estimates("travellers in quarantine", "Port Health Office | 2031-05-02 | 900")
        .facts();

    private static final String WATER_LEAD = "Dorn customers without water\n\nAbout 42,000 customers were without water, the water board said.";
    private static final String QUARANTINE_LEAD = "Travellers in quarantine at Dorn\n\nAbout 900 travellers were in quarantine, the health office said.";

    @Test
    void the_noun_in_another_state_is_not_counted() {
        for (String number : List.of("3,000", "about 3,000", "more than 3,000")) {
            for (String noun : List.of("customers", "subscribers")) {
                for (String state : List.of("had low pressure", "paid their bills late")) {
                    String text = WATER_LEAD + "\n\nIn Marl, " + number + " " + noun + " " + state + ".";
                    Decided.of(WATER, text, number).setAsideBy(PeopleNotCounted.NAME, number + " " + noun + " " + state + ".");
                }
            }
        }
    }

    @Test
    void the_noun_doing_or_undergoing_another_act_is_another_group() {
        for (String noun : List.of("customers", "subscribers")) {
            for (String sep : List.of(" ", "\n\n")) { // under the passage's source, and in a paragraph of its own
                Decided.of(WATER, WATER_LEAD + sep + "In Marl, 3,000 " + noun + " were billed twice.", "3,000")
                    .setAsideBy(PeopleOfAnotherAct.NAME, "3,000 " + noun + " were billed");
            }
        }
        for (String noun : List.of("travellers", "passengers")) {
            Decided.of(QUARANTINE, QUARANTINE_LEAD + " About 300 " + noun + " walked to the terminal.", "300")
                .setAsideBy(PeopleOfAnotherAct.NAME, "About 300 " + noun + " walked");
        }
    }

    @Test
    void the_noun_with_its_predicate_is_counted() {
        for (String noun : List.of("customers", "subscribers")) {
            Decided.of(WATER, WATER_LEAD + "\n\nIn Marl, 3,000 " + noun + " were still without water.", "3,000")
                .readAs("customers without water");
        }
        for (String noun : List.of("travellers", "passengers")) {
            Decided.of(QUARANTINE, QUARANTINE_LEAD + "\n\nAbout 300 " + noun + " were in quarantine.", "300")
                .readAs("travellers in quarantine");
        }
    }
}
