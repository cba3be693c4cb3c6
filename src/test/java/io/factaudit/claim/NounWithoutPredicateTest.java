package io.factaudit.claim;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a sheet that counts a noun only with a predicate ("households without water", "travellers in
 * quarantine"), the noun alone is no more the subject than "people" is: "N households" count it only
 * when the clause says the predicate of them, under another noun of the sheet, other act, number form
 * and topic. Sentences and sheets invented for this test.
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

    @Test
    void the_noun_with_another_predicate_is_not_counted() {
        for (String number : List.of("3,000", "about 3,000", "more than 3,000")) {
            for (String noun : List.of("customers", "subscribers")) {
                for (String act : List.of("had low pressure", "paid their bills late", "were billed twice")) {
                    String text = "Dorn customers without water\n\nAbout 42,000 customers were without water, the water board said.\n\nIn Marl, " + number + " " + noun + " " + act + ".";
                    Decided d = Decided.of(WATER, text, number);
                    d.setAsideBy(PeopleNotCounted.NAME, number + " " + noun + " " + act + ".");
                }
            }
        }
        for (String noun : List.of("travellers", "passengers")) {
            Decided.of(QUARANTINE, "Travellers in quarantine at Dorn\n\nAbout 900 travellers were in quarantine, the health office said.\n\nAbout 300 " + noun + " walked to the terminal.", "300")
                .setAsideBy(PeopleNotCounted.NAME, "About 300 " + noun + " walked to the terminal.");
        }
    }

    @Test
    void the_noun_with_its_predicate_is_counted() {
        for (String noun : List.of("customers", "subscribers")) {
            Decided.of(WATER, "Dorn customers without water\n\nAbout 42,000 customers were without water, the water board said.\n\nIn Marl, 3,000 " + noun + " were still without water.", "3,000")
                .readAs("customers without water");
        }
        for (String noun : List.of("travellers", "passengers")) {
            Decided.of(QUARANTINE, "Travellers in quarantine at Dorn\n\nAbout 900 travellers were in quarantine, the health office said.\n\nAbout 300 " + noun + " were in quarantine.", "300")
                .readAs("travellers in quarantine");
        }
    }
}
