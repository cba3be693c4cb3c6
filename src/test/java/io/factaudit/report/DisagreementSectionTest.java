package io.factaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.DefaultMustacheFactory;
import io.factaudit.draft.Citation;
import io.factaudit.draft.Disagreement;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementSectionTest {

    private static String render(List<Disagreement> found) {
        StringWriter out = new StringWriter();
        new DefaultMustacheFactory("io/factaudit/report").compile("disagreements.mustache")
            .execute(out, DisagreementSection.of(found));
        return out.toString();
    }

    @Test
    void should_list_each_side_with_its_article_lines_escaped() {
        Citation a = new Citation("news/a.txt", 3, LocalDate.of(2031, 3, 4), "4,000 <b>dockers</b>");
        Citation b = new Citation("news/b.txt", 7, LocalDate.of(2031, 3, 6), "4,000 dockers");
        String html = render(List.of(new Disagreement("count", "whose figure <4,000> is",
            List.of(new Disagreement.Side("Port Authority: 4,000", List.of(b)), new Disagreement.Side("Union: 4,000", List.of(a))))));
        assertThat(html).contains("<h2>Where the articles disagree</h2>")
            .contains("whose figure &lt;4,000&gt; is")
            .contains("Port Authority: 4,000: <code>news/b.txt:7</code>")
            .contains("Union: 4,000: <code>news/a.txt:3</code>");
    }

    @Test
    void should_leave_the_section_out_when_the_articles_agree() {
        assertThat(render(List.of())).isBlank();
    }

    @Test
    void should_be_in_the_whole_report_only_when_its_articles_disagree() {
        assertThat(HtmlReport.render(SampleAudit.report())).doesNotContain("id=\"disagreements\"");
    }
}
