package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleClaim;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title is the same title in every house style and with or without its owner: capitals, an
 * abbreviation or the word, a hyphen or a space, "former", an owner's name, "its" or none. The same
 * sentence with another title is a wrong title in each form.
 */
class TitleHouseStyleInvarianceTest {

    private final Facts facts = new SheetFixture()
        .names("Quillon Mills | Quillon", "Ardent County | Ardent")
        .people("Mara Tessel | hearing officer | Tessel",
            "Dario Venn | co-manager | Venn",
            "Lena Okafor | governor | Okafor",
            "Piet Halloran | vice president | Halloran",
            "Oskar Brandt | treasurer | Brandt")
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-06-02");
        claims = judged.claims();
        return judged.findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hearing officer Mara Tessel %s", "HEARING OFFICER Mara Tessel %s", "Hearing-Officer Mara Tessel %s",
        "Mara Tessel, Quillon's HEARING OFFICER, %s", "Mara Tessel, the hearing-officer of Quillon Mills, %s",
        "Former hearing officer Mara Tessel %s", "Mara Tessel, a former Quillon hearing officer, %s",
        "Co-manager Dario Venn %s", "Dario Venn, Quillon's co-manager, %s", "Dario Venn, co-manager of Quillon Mills, %s",
        "Gov. Lena Okafor %s", "Governor Lena Okafor %s", "GOVERNOR Lena Okafor %s", "Ardent County Gov. Lena Okafor %s",
        "Vice-President Piet Halloran %s", "Vice President Piet Halloran %s", "Piet Halloran, Quillon's vice-president, %s"})
    void should_pass_the_same_title_in_each_house_style(String form) {
        for (String verb : List.of("said the mill would reopen.", "told reporters the mill would reopen.")) {
            String text = form.formatted(verb);
            assertThat(judge(text)).as(text).isEmpty();
            assertThat(claims).as(text).hasSize(1).allSatisfy(c -> assertThat(c).isInstanceOf(TitleClaim.class));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "TREASURER Mara Tessel %s", "Mara Tessel, Quillon's TREASURER, %s", "Deputy hearing officer Mara Tessel %s",
        "Manager Dario Venn %s", "Sen. Lena Okafor %s", "Senator Lena Okafor %s", "President Piet Halloran %s",
        "Oskar Brandt, Quillon's co-manager, %s"})
    void should_report_another_title_in_each_house_style(String form) {
        String text = form.formatted("said the mill would reopen.");
        assertThat(judge(text)).as(text).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }
}
