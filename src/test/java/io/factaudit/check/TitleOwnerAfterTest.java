package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleClaim;
import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An owner the sheet does not name after the title ("of the", "with the", "for the" and a noun group
 * up to the comma, or a proper name alone: "of Tarn") is set apart: the title is read, judged without it, and another title on the sheet
 * is still a wrong title; so is a proper name the sheet does not know before the title ("the Tarn fire
 * chief", "Tarn County's superintendent"), and so is the one the office serves ("to the Tarn mayor") and an
 * owner's own owner ("of the county's school district"), and a noun that stands for any body ("the city
 * fire chief"). A unit with a name of its own ("the Tarn Fire Department") is such an owner
 * even after a word for whoever is in charge ("chief").
 */
class TitleOwnerAfterTest {

    private final Facts agreeing = new SheetFixture()
        .people("Rhea Kallis | superintendent, fire chief, public information officer | Kallis").facts();
    /** The same titles held by another person, so that their words are the sheet's title words. */
    private final Facts other = new SheetFixture().people("Rhea Kallis | treasurer | Kallis",
        "Dov Arden | superintendent, fire chief, public information officer | Arden").facts();

    @ParameterizedTest
    @ValueSource(strings = {"Rhea Kallis, superintendent of the Tarn school district, said the buses would run.",
        "Rhea Kallis, a public information officer with the Tarn fire department, said the buses would run.",
        "Rhea Kallis, chief of the Tarn Fire Department, said the buses would run.",
        "The buses will run, said Rhea Kallis, superintendent of the Brell valley schools.",
        "Rhea Kallis, the Tarn fire chief, said the buses would run.",
        "Rhea Kallis, Tarn County's superintendent, said the buses would run.",
        "Rhea Kallis, the Brell Valley superintendent, said the buses would run.",
        "Rhea Kallis, public information officer to the Tarn mayor, said the buses would run.",
        "Rhea Kallis, superintendent of the county's school district, said the buses would run.",
        "The late pears were spared, said Rhea Kallis, public information officer to the growers council.",
        "Rhea Kallis, the fire chief of the valley's orchard district, said the late pears were spared.",
        "Rhea Kallis, the city fire chief, said the buses would run.",
        "The late pears were spared, said Rhea Kallis, the company superintendent.",
        "Rhea Kallis, superintendent of Tarn, said the buses would run.",
        "Rhea Kallis, fire chief of Brell Valley, and Dov Arden said the late pears were spared.",
        "The late pears were spared, said Rhea Kallis, public information officer for Brell."})
    void should_read_the_title_without_an_owner_the_sheet_does_not_name(String text) {
        TitleJudgement judged = TitleJudgement.of(agreeing, text, "2025-09-01");
        assertThat(judged.findings()).as(text).isEmpty();
        assertThat(judged.claims()).as(text).singleElement().isInstanceOf(TitleClaim.class);
        assertThat(TitleJudgement.of(other, text, "2025-09-01").findings()).as(text).singleElement()
            .satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }
}
