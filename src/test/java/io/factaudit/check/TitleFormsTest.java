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
 * A title is judged without its owner, in apposition, in a relative clause and per name in a
 * coordination: the same title in each form passes; another title in each form is wrong.
 */
class TitleFormsTest {

    private final Facts facts = new SheetFixture()
        .names("Skyline Air | Skyline, the carrier", "Harbor Authority | port authority, HPA", "Marlow County | Marlow")
        .people("Priya Raman | senior vice president of cloud operations | Raman",
            "Tomas Ferreira | Skyline Air CEO, chief executive | Ferreira",
            "Helen Osei | chair of the aviation subcommittee | Osei",
            "Carla Mendes | governor | Mendes",
            "Victor Hale | U.S. senator | Hale",
            "Ines Duarte | head of HPA, HPA director | Duarte",
            "Nadia Brook | county hydrologist, Colonel | Brook")
        .facts();

    private List<Claim> claims;

    private List<Finding> judge(String text) {
        TitleJudgement judged = TitleJudgement.of(facts, text, "2025-05-02");
        claims = judged.claims();
        return judged.findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Priya Raman, the company's senior vice president of cloud operations, said the fix was ready.",
        "The company's senior vice president of cloud operations, Priya Raman, said the fix was ready.",
        "Skyline's senior vice president of cloud operations Priya Raman said the fix was ready.",
        "Senior vice president of cloud operations Priya Raman said the fix was ready.",
        "Tomas Ferreira, the airline's CEO, said the fix was ready.",
        "The airline's chief executive, Tomas Ferreira, said the fix was ready.",
        "Skyline Air CEO Tomas Ferreira said the fix was ready.",
        "Tomas Ferreira, Skyline's chief executive, said the fix was ready.",
        "Tomas Ferreira, the carrier's chief executive, said the fix was ready.",
        "Helen Osei, who chairs the aviation subcommittee, said the fix was ready.",
        "Ines Duarte, who heads the port authority, said the fix was ready.",
        "Ines Duarte, who directs the HPA, said the fix was ready.",
        "Ines Duarte, the port authority's director, said the fix was ready.",
        "Gov. Carla Mendes and U.S. Sen. Victor Hale said the fix was ready.",
        "U.S. Sen. Victor Hale and Gov. Carla Mendes said the fix was ready.",
        "Sen. Victor Hale, Gov. Carla Mendes and Tomas Ferreira, the airline's CEO, said the fix was ready."})
    void should_pass_a_title_in_each_form(String text) {
        assertThat(judge(text)).isEmpty();
        assertThat(claims).as("a title is read").isNotEmpty().allSatisfy(c -> assertThat(c).isInstanceOf(TitleClaim.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Priya Raman, the company's chief financial officer, said the fix was ready.",
        "The company's chief financial officer, Priya Raman, said the fix was ready.",
        "Tomas Ferreira, the airline's chief pilot, said the fix was ready.",
        "Helen Osei, who chairs the budget committee, said the fix was ready.",
        "Helen Osei, who chairs the aviation committee, said the fix was ready.",
        "Ines Duarte, who chairs the port authority, said the fix was ready.",
        "Ines Duarte, the port authority's deputy director, said the fix was ready.",
        "Gov. Victor Hale and Mayor Carla Mendes said the fix was ready."})
    void should_report_another_title_in_each_form(String text) {
        assertThat(judge(text)).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    /** A title whose head is no common title word ("hydrologist") is read by the sheet's own heads. */
    @ParameterizedTest
    @ValueSource(strings = {
        "county hydrologist Nadia Brook %s",
        "County hydrologist Nadia Brook %s",
        "\u201cThe river has crested,\u201d county hydrologist Nadia Brook %s",
        "Nadia Brook, a hydrologist, %s",
        "Nadia Brook, a hydrologist who mapped the river, %s",
        "Nadia Brook, a senior hydrologist, %s",
        "Nadia Brook, the county hydrologist, %s",
        "Dr. Nadia Brook, the county hydrologist, %s",
        "Nadia Brook, Marlow's county hydrologist, %s",
        "Nadia Brook, Marlow County's hydrologist, %s",
        "Nadia Brook, the county's hydrologist, %s",
        "Nadia Brook, a Marlow County hydrologist, %s",
        "Nadia Brook, the county hydrologist in Marlow, %s",
        "Nadia Brook, the county hydrologist at Marlow, %s",
        "Col. Nadia Brook, the county hydrologist, %s",
        "The county hydrologist, Col. Nadia Brook, %s"})
    void should_pass_a_title_with_and_without_each_owner_under_each_verb(String form) {
        for (String verb : List.of("said the river had crested.", "told reporters the river had crested.",
            "warned that the river had crested.")) {
            String text = form.formatted(verb);
            assertThat(judge(text)).as(text).isEmpty();
            assertThat(claims).as(text).hasSize(1).allSatisfy(c -> assertThat(c).isInstanceOf(TitleClaim.class));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "deputy county hydrologist Nadia Brook %s",
        "Nadia Brook, a deputy county hydrologist, %s",
        "Nadia Brook, the county's deputy hydrologist, %s",
        "Nadia Brook, Marlow's deputy county hydrologist, %s",
        "Nadia Brook, a deputy hydrologist who mapped the river, %s",
        "Nadia Brook, the deputy county hydrologist in Marlow, %s",
        "Gen. Nadia Brook, the county hydrologist, %s"})
    void should_report_another_title_with_and_without_each_owner_under_each_verb(String form) {
        for (String verb : List.of("said the river had crested.", "told reporters the river had crested.")) {
            String text = form.formatted(verb);
            assertThat(judge(text)).as(text).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
        }
    }

    /** A party before a title ("Republican Sen.") is its owner, set apart from the title as a country is. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Republican Sen. Victor Hale %s",
        "Democratic Sen. Victor Hale %s",
        "U.S. Sen. Victor Hale %s",
        "Republican U.S. Sen. Victor Hale %s",
        "Victor Hale, a Republican senator, %s",
        "Victor Hale, the Democratic senator, %s",
        "\u201cThe river has crested,\u201d Republican Sen. Victor Hale %s"})
    void should_pass_a_title_with_and_without_a_party(String form) {
        for (String verb : List.of("said the river had crested.", "told reporters the river had crested.",
            "warned that the river had crested.")) {
            String text = form.formatted(verb);
            assertThat(judge(text)).as(text).isEmpty();
            assertThat(claims).as(text).hasSize(1).allSatisfy(c -> assertThat(((TitleClaim) c).title()).containsIgnoringCase("sen"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Republican Gov. Victor Hale %s", "Democratic Rep. Victor Hale %s",
        "Victor Hale, a Republican congressman, %s", "Republican Sen. Carla Mendes %s"})
    void should_report_another_title_with_a_party(String form) {
        String text = form.formatted("said the river had crested.");
        assertThat(judge(text)).as(text).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }

    /** "a"/"an" says which kind of office: the same head agrees, another rank or another body does not. */
    @ParameterizedTest
    @ValueSource(strings = {"Tomas Ferreira, a senior executive, said the fix was ready.",
        "Tomas Ferreira, an executive, said the fix was ready.",
        "Tomas Ferreira, a Skyline Air executive, said the fix was ready.",
        "Tomas Ferreira, a Skyline executive who joined in 2019, said the fix was ready."})
    void should_pass_a_kind_of_office_with_the_persons_head(String text) {
        assertThat(judge(text)).as(text).isEmpty();
        assertThat(claims).as(text).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tomas Ferreira, a Harbor Authority executive, said the fix was ready.",
        "Tomas Ferreira, a deputy executive, said the fix was ready.",
        "Tomas Ferreira, a senior director, said the fix was ready."})
    void should_report_a_kind_of_office_with_another_head_rank_or_body(String text) {
        assertThat(judge(text)).as(text).isNotEmpty().allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE));
    }
}
