package io.factaudit.report;

import io.factaudit.audit.AuditReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.article.Span;
import io.factaudit.audit.ArticleAudit;
import io.factaudit.claim.CountClaim;
import io.factaudit.quantity.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static String html;
    private static Document page;

    @BeforeAll
    static void render() {
        html = HtmlReport.render(SampleAudit.report());
        page = Jsoup.parse(html);
    }

    @Test
    void should_show_markup_from_an_article_as_its_text() {
        assertThat(html).doesNotContain("<script>alert(1)", "<img src=x", "<script>window.factAuditPwned");
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("#article-1 .text").first().wholeText()).isEqualTo(SampleAudit.LETTERS_TEXT);
    }

    @Test
    void should_pin_the_escaped_and_highlighted_text_of_an_article_with_markup() {
        int section = html.indexOf("<details id=\"article-1\"");
        int start = html.indexOf("<div class=\"text\">", section);
        String text = html.substring(start, html.indexOf("</div>", start) + "</div>".length());

        assertThat(text).isEqualTo("<div class=\"text\">Letters from readers&#10;"
            + "A reader writes: &lt;script&gt;alert(1)&lt;/script&gt;&#10;"
            + "Another counted <a id=\"article-1-claim-1\" class=\"anchor\"></a><mark class=\"v-contradiction\" title=\""
            + "count of North Korean troops: 20,000, no source named: contradiction\">20,000 North Korean troops"
            + " &lt;img src&#61;x onerror&#61;alert(1)&gt;</mark> at the parade.&#10;"
            + "The Pentagon said <a id=\"article-1-claim-2\" class=\"anchor\"></a><mark class=\"v-agrees\" title=\""
            + "count of North Korean troops: 11,000, according to United States: agrees\">11,000 North Korean troops"
            + "&lt;/script&gt;&lt;script&gt;window.factAuditPwned&#61;true&lt;/script&gt;</mark> were in Russia.&#10;"
            + "</div>");
    }

    @Test
    void should_hold_only_its_own_scripts_and_the_chart_data() {
        assertThat(page.select("script")).extracting(script -> script.attr("type"))
            .containsExactly("application/json", "", "");
        assertThat(page.select("script").get(1).data()).startsWith("/*!\n * Chart.js v4.4.7")
            .doesNotContain("sourceMappingURL");
        assertThat(page.select("script").get(2).data()).startsWith("// Draws the estimates charts of report.html");
    }

    @Test
    void should_embed_the_chart_data_as_json_that_cannot_close_its_element() throws IOException {
        String data = page.getElementById("chart-data").data();
        assertThat(data).doesNotContain("<", ">", "&");

        JsonNode claims = new ObjectMapper().readTree(data).at("/charts/0/claims");
        assertThat(claims.findValuesAsText("words"))
            .contains("11,000 North Korean troops</script><script>window.factAuditPwned=true</script>");
    }

    @Test
    void should_let_only_the_inlined_scripts_and_style_run() {
        String policy = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");

        assertThat(policy).startsWith("default-src 'none'; ").doesNotContain("unsafe-inline", "unsafe-eval");
        for (Element script : page.select("script:not([type])")) {
            assertThat(policy).contains(PageAssets.hash(script.data()));
        }
        assertThat(policy).contains("style-src " + PageAssets.hash(page.select("style").first().data()) + ";");
    }

    @Test
    void should_open_offline_with_nothing_to_fetch() {
        assertThat(page.select("[src], link[href]")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        for (String target : page.select("a[href]").eachAttr("href")) {
            assertThat(page.getElementById(target.substring(1))).as(target).isNotNull();
        }
    }

    @Test
    void should_sum_up_per_sheet_and_in_total() {
        assertThat(page.select("#summary tbody tr").first().select("th, td").eachText())
            .containsExactly("features/nk-troops.feature", "3", "7", "2", "1", "1", "1");
        assertThat(page.select("#total").first().select("th, td").eachText())
            .containsExactly("All sheets", "3", "7", "2", "1", "1", "1");
    }

    @Test
    void should_list_articles_by_contradictions_then_warnings() {
        assertThat(page.select("#ranking tbody th").eachText())
            .containsExactly(SampleAudit.BRIEF, SampleAudit.LETTERS, SampleAudit.QUIET);
        assertThat(page.select("#texts details.article").eachAttr("id"))
            .containsExactly("article-2", "article-1", "article-3");
        assertThat(page.select("#texts details[open]").eachAttr("id")).containsExactly("article-2", "article-1");
    }

    @Test
    void should_highlight_every_claim_by_its_verdict() {
        assertThat(page.select("#article-2 mark").eachAttr("class")).containsExactly("v-agrees", "v-contradiction",
            "v-warning", "v-unverifiable", "v-acknowledged");
        assertThat(page.select("#article-2 mark").eachText()).containsExactly("About 3,000 North Korean soldiers",
            "8,000 North Korean troops", "1,500 North Korean troops", "12,000 North Korean troops",
            SampleAudit.FIGHTING);
    }

    @Test
    void should_give_each_finding_its_message_fact_and_link_to_its_words() {
        Element misattributed = page.select("#article-2 li.finding").first();

        assertThat(misattributed.select(".head").text()).isEqualTo("contradiction misattributed line 3:18");
        assertThat(misattributed.select(".message").text()).startsWith("says South Korea put North Korean troops");
        assertThat(misattributed.select(".fact").text()).isEqualTo("fact: features/nk-troops.feature:15");
        assertThat(misattributed.select(".head a").attr("href")).isEqualTo("#article-2-claim-2");
        assertThat(page.select("#article-2 li.finding.v-acknowledged .acknowledged").text())
            .isEqualTo("acknowledged by m.lee on 2024-11-02: correction pending");
    }

    @Test
    void should_list_input_problems_and_stale_acknowledgements() {
        assertThat(page.select("#problems li").text()).startsWith("features/nk-troops.feature:18: the count");
        assertThat(page.select("#stale li").text()).isEqualTo("seeds/kursk-brief.txt: \u201c10,000 North Korean"
            + " troops\u201d (contradiction), acknowledged by a.editor on 2024-10-31: figure corrected in print");
    }

    @Test
    void should_write_the_same_bytes_for_the_same_audit(@TempDir Path folder) throws IOException {
        HtmlReport.write(SampleAudit.report(), folder.resolve("a/report.html"));
        HtmlReport.write(SampleAudit.report(), folder.resolve("b/report.html"));

        assertThat(Files.mismatch(folder.resolve("a/report.html"), folder.resolve("b/report.html"))).isEqualTo(-1L);
        assertThat(Files.readString(folder.resolve("a/report.html"))).isEqualTo(html);
    }

    @Test
    void should_say_how_many_count_claims_of_undated_articles_the_chart_leaves_out() {
        String text = "Some 9,000 North Korean troops are in Russia.\n";
        Article undated = new Article("seeds/undated.txt", text, null, LineMap.of(text));
        CountClaim count = new CountClaim(new Span(5, 30), "9,000 North Korean troops", SampleAudit.SUBJECT,
            new Interval(8100L, 9900L), null, false, false, null);
        AuditReport report = new AuditReport(List.of(new ArticleAudit(undated, List.of(count), List.of())),
            SampleAudit.report().scenarios(), List.of(), List.of());

        Document undatedPage = Jsoup.parse(HtmlReport.render(report));

        assertThat(undatedPage.select("#charts .note").text()).isEqualTo("1 count claim from undated articles not drawn");
        assertThat(undatedPage.select("#ranking tbody td").first().text()).isEqualTo("undated");
        assertThat(undatedPage.select("#texts mark.v-agrees").text()).isEqualTo("9,000 North Korean troops");
    }

    @Test
    void should_leave_out_the_chart_section_when_no_sheet_has_estimates() {
        Document empty = Jsoup.parse(HtmlReport.render(new AuditReport(List.of(), List.of(), List.of(), List.of())));

        assertThat(empty.getElementById("charts")).isNull();
        assertThat(empty.getElementById("chart-data").data()).isEqualTo("{\"charts\":[]}");
        assertThat(empty.getElementById("summary-line").text())
            .isEqualTo("0 articles, 0 claims: 0 contradictions, 0 warnings, 0 info, 0 acknowledged");
    }
}
