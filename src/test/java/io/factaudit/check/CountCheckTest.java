package io.factaudit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.claim.Claim;
import io.factaudit.claim.CountReader;
import io.factaudit.claim.SheetFixture;
import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountCheckTest {

    private final Facts facts = SheetFixture.troops().facts();

    private List<Finding> judge(String text, String published) {
        var document = SheetFixture.document(text, published);
        List<Claim> claims = new CountReader().read(document, facts);
        assertThat(claims).as("claims of: %s", text).isNotEmpty();
        return new CountCheck().judge(document, claims, facts);
    }

    private Finding only(String text, String published) {
        List<Finding> findings = judge(text, published);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void a_count_that_meets_its_sources_current_estimate_agrees() {
        assertThat(judge("About 3,000 North Korean troops are in Russia, the NIS said.", "2024-10-24")).isEmpty();
    }

    @Test
    void a_count_that_meets_nothing_is_a_contradiction_naming_the_facts() {
        Finding f = only("South Korea's spy agency said on Friday that 20,000 North Korean soldiers were in Kursk.", "2024-11-08");
        assertThat(f.reason()).isEqualTo(Reason.CONTRADICTION);
        assertThat(f.severity()).isEqualTo(Severity.CONTRADICTION);
        assertThat(f.text()).isEqualTo("20,000 North Korean soldiers");
        assertThat(f.position().line()).isEqualTo(1);
        assertThat(f.position().column()).isEqualTo(46);
        assertThat(f.fact().uri()).isEqualTo("features/test.feature");
        assertThat(f.message()).isEqualTo("says 20,000 North Korean troops (South Korea), but South Korea put it at about 3,000"
            + " as of 2024-10-23 and about 10,000 as of 2024-10-23 (features/test.feature:10)");
        assertThat(f.line()).startsWith("articles/test.txt:1:46: contradiction contradiction: says 20,000");
    }

    @Test
    void a_count_that_meets_only_another_sources_estimate_is_misattributed() {
        Finding f = only("Seoul put the number in Kursk at about 8,000 North Korean troops.", "2024-11-01");
        assertThat(f.reason()).isEqualTo(Reason.MISATTRIBUTED);
        assertThat(f.message()).isEqualTo("says 7,200 to 8,800 North Korean troops (South Korea) and attributes it to"
            + " South Korea, but South Korea put it at about 3,000 as of 2024-10-23 and about 10,000 as of 2024-10-23;"
            + " the figure fits United States's estimate (up to 8,000 as of 2024-10-31) (features/test.feature:13)");
    }

    @Test
    void a_count_that_meets_only_a_later_estimate_is_an_anachronism() {
        Finding f = only("By the Pentagon's count, up to 8,000 North Korean troops are in Kursk.", "2024-10-29");
        assertThat(f.reason()).isEqualTo(Reason.ANACHRONISM);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("first given by United States on 2024-10-31, after this article was published on 2024-10-29");
    }

    @Test
    void a_revised_figure_is_outdated_unless_the_article_marks_it_as_earlier() {
        Finding f = only("Pyongyang has shipped 1,500 North Korean soldiers, according to the NIS.", "2024-10-27");
        assertThat(f.reason()).isEqualTo(Reason.OUTDATED);
        assertThat(f.message()).contains("South Korea's figure of 2024-10-18, revised by South Korea put it at about 3,000");
        assertThat(judge("The NIS initially counted 1,500 North Korean soldiers.", "2024-10-27")).isEmpty();
    }

    @Test
    void a_source_without_estimates_is_unverifiable() {
        Finding f = only("NATO chief Mark Rutte said 11,000 North Korean troops were in Russia.", "2024-11-08");
        assertThat(f.reason()).isEqualTo(Reason.UNVERIFIABLE);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void an_undated_article_gets_one_undated_warning_per_count() {
        Finding f = only("About 3,000 North Korean troops are in Russia, the NIS said.", null);
        assertThat(f.reason()).isEqualTo(Reason.UNDATED);
        assertThat(f.message()).contains("this article has no publication date");
    }

    @Test
    void an_unsourced_count_must_meet_some_estimate() {
        assertThat(judge("Around 10,000 North Korean troops are in Russia.", "2024-11-01")).isEmpty();
        assertThat(only("Around 30,000 North Korean troops are in Russia.", "2024-11-01").reason()).isEqualTo(Reason.CONTRADICTION);
    }
}
