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
 * A title is judged without its owner, in each position and with each kind of owner (a place the
 * person belongs to, as possessive or adjective, or an owner the sheet does not name), and a title whose words are joined by "and" ("secretary of
 * parks and waterways") is one title. A title before "for" and another title is someone else's
 * ("a spokesman for Mayor X": X is the mayor).
 */
class TitleOwnerInvarianceTest {

    private final Facts facts = new SheetFixture()
        .names("Velmora | Velmoran", "Velmora Department of Parks and Waterways | VDPW, Ilse Marrow",
            "Tarn Valley | Tarn")
        .people("Ilse Marrow | Secretary of Parks and Waterways, Velmora parks secretary | Marrow",
            "Oskar Brandt | Mayor, mayor of Tarn | Brandt", "Tomas Verrin | spokesman | Verrin",
            "Nadia Okafor | Velmora representative in Tarn, representative | Okafor")
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-06-02");
        claims = judged.claims();
        return judged.findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ilse Marrow, Velmora's %s, said the lake would reopen.",
        "Ilse Marrow, the Velmoran %s, said the lake would reopen.", "Ilse Marrow, the %s, said the lake would reopen.",
        "Ilse Marrow, the region's %s, said the lake would reopen.",
        "Velmora's %s, Ilse Marrow, said the lake would reopen.", "The lake will reopen, said Ilse Marrow, Velmora's %s.",
        "Ilse Marrow, who became Velmora's %s in 2022, said the lake would reopen."})
    void should_read_a_title_joined_by_and_as_one_title_with_any_owner(String form) {
        for (String title : List.of("secretary of parks and waterways", "Secretary of Parks and Waterways")) {
            String text = form.formatted(title);
            assertThat(judge(text)).as(text).isEmpty();
            assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
        }
        String wrong = form.formatted("secretary of trade and industry");
        assertThat(judge(wrong)).as(wrong).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A spokesman for %s Oskar Brandt said the lake would reopen.",
        "The lake will reopen, an adviser for %s Oskar Brandt said.",
        "A press officer for %s Oskar Brandt said the lake would reopen.",
        "Tarn's chief of staff for %s Oskar Brandt said the lake would reopen."})
    void should_judge_the_title_after_for_as_the_names_own(String form) {
        for (String title : List.of("Mayor", "Tarn Mayor")) {
            String text = form.formatted(title);
            assertThat(judge(text)).as(text).isEmpty();
            assertThat(claims).as(text).singleElement().satisfies(c ->
                assertThat(((TitleClaim) c).title()).isEqualTo(title));
        }
        String wrong = form.formatted("Governor");
        assertThat(judge(wrong)).as(wrong).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tomas Verrin, a %s for the Velmora Department of Parks and Waterways, said the lake would reopen.",
        "Tomas Verrin, a %s for the department, said the lake would reopen.",
        "Tomas Verrin, a %s for the Tarn lake council, said the lake would reopen.",
        "Tomas Verrin, a %s for Velmora, said the lake would reopen.",
        "The lake will reopen, said Tomas Verrin, a %s for the Velmora Department of Parks and Waterways.",
        "[Photo] Tomas Verrin, a %s for the department, at the lake on Monday."})
    void should_judge_a_title_for_an_owner_without_the_owner(String form) {
        String text = form.formatted("spokesman");
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
        String wrong = form.formatted("parks secretary");
        assertThat(judge(wrong)).as(wrong).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The agency's %s in Tarn, Nadia Okafor, said the lake would reopen.",
        "Velmora's %s in Tarn, Nadia Okafor, said the lake would reopen.",
        "In a statement, the agency's %s in Tarn, Nadia Okafor, said the lake would reopen.",
        "Nadia Okafor, the agency's %s in Tarn, said the lake would reopen.",
        "Nadia Okafor, Velmora's %s in Tarn, said the lake would reopen.",
        "The lake will reopen, said the agency's %s in Tarn, Nadia Okafor.",
        "The lake will reopen, said the agency's %s, Nadia Okafor.",
        "The lake will reopen, announced the agency's %s, Nadia Okafor, on Monday."})
    void should_read_a_title_with_an_owner_and_a_place_on_either_side_of_the_name(String form) {
        String text = form.formatted("representative");
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).singleElement().isInstanceOf(TitleClaim.class);
        String wrong = form.formatted("parks secretary");
        assertThat(judge(wrong)).as(wrong).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }
}
