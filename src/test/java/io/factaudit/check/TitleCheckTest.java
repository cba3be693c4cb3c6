package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.SheetFixture;
import io.factaudit.claim.TitleReader;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCheckTest {

    private final Facts facts = new SheetFixture()
        .names("South Korea | Seoul, NIS, Yoon Suk Yeol, Cho Tae-yong")
        .people("Yoon Suk Yeol | President of South Korea, South Korean President, President | Yoon, Yoon Suk-yeol",
            "Cho Tae-yong | NIS Director, director of the NIS, spy chief | Cho Tae Yong",
            "Recep Tayyip Erdoğan | President, Turkish President | Erdoğan, Erdogan, Tayyip Erdoğan")
        .facts();

    private List<Finding> judge(String text) {
        Document document = SheetFixture.document(text, "2024-10-27");
        List<Claim> claims = new TitleReader().read(document, facts);
        return new TitleCheck().judge(document, claims, facts);
    }

    @Test
    void should_pass_the_persons_own_titles() {
        assertThat(judge("South Korean President Yoon Suk Yeol met Cho Tae-yong, the NIS director, and President"
            + " Erdogan.")).isEmpty();
    }

    @Test
    void should_report_a_wrong_title_with_the_titles_the_sheet_gives() {
        List<Finding> findings = judge("South Korean Prime Minister Yoon Suk Yeol has said so.");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.WRONG_TITLE);
            assertThat(f.severity()).isEqualTo(Severity.CONTRADICTION);
            assertThat(f.text()).isEqualTo("South Korean Prime Minister Yoon Suk Yeol");
            assertThat(f.message()).isEqualTo("calls Yoon Suk Yeol \"South Korean Prime Minister\", which is not a title the"
                + " sheet gives Yoon Suk Yeol: President of South Korea, South Korean President, President"
                + " (features/test.feature:4)");
        });
    }

    @Test
    void should_warn_of_a_misspelled_full_name_with_or_without_a_title() {
        List<Finding> findings = judge("Cho Tae-young, the NIS director, spoke. Later Recep Tayyip Erdoğn arrived.");
        assertThat(findings).extracting(Finding::text).containsExactly("Cho Tae-young", "Recep Tayyip Erdoğn");
        assertThat(findings).allSatisfy(f -> assertThat(f.reason()).isEqualTo(Reason.MISSPELLED_NAME));
        assertThat(findings.get(0).message()).isEqualTo("\"Cho Tae-young\" looks like a misspelling of Cho Tae-yong: the"
            + " sheet spells the name \"Cho Tae-yong\", \"Cho Tae Yong\" (features/test.feature:5)");
    }

    @Test
    void should_take_a_near_name_with_another_persons_title_for_that_other_person() {
        assertThat(judge("Foreign Minister Cho Tae-yung and Cho Tae-yul met.")).isEmpty();
    }
}
