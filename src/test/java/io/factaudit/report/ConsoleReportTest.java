package io.factaudit.report;

import io.factaudit.audit.AuditReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void should_list_findings_by_article_then_problems_and_stale_acknowledgements_and_end_with_the_summary() {
        String printed = ConsoleReport.plain().render(SampleAudit.report());

        assertThat(printed).isEqualTo("""
            seeds/in-brief & letters.txt: 1 contradiction
            seeds/in-brief & letters.txt:3:17: contradiction contradiction: says "20,000 North Korean troops <img src=x onerror=alert(1)>", but no estimate known on 2024-11-06 comes near 20,000: the highest is 11,000 to 12,000 (United States, 2024-11-04)
              "20,000 North Korean troops <img src=x onerror=alert(1)>"

            seeds/kursk-brief.txt: 1 contradiction, 1 warning, 1 info, 1 acknowledged
            seeds/kursk-brief.txt:3:18: contradiction misattributed: says South Korea put North Korean troops at 8,000, but that is the United States' estimate (up to 8,000 as of 2024-10-31); South Korea's latest estimate before 2024-10-30 is about 3,000 (features/nk-troops.feature:13)
              "8,000 North Korean troops"
            seeds/kursk-brief.txt:4:14: warning outdated: gives South Korea's estimate of 2024-10-18 (about 1,500), which South Korea revised to about 3,000 on 2024-10-23, before this article of 2024-10-30: say the figure was an earlier one, or update it
              "1,500 North Korean troops"
            seeds/kursk-brief.txt:5:25: info unverifiable: cites NATO for 12,000 North Korean troops, but the sheet has no estimates from NATO: add NATO's estimates to check it
              "12,000 North Korean troops"
            seeds/kursk-brief.txt:6:1: contradiction state before its date: says North Korean troops were fighting, but the sheet has them fighting only from 2024-11-04 and this article was published 2024-10-30 (features/nk-troops.feature:21)
              "North Korean troops are fighting alongside Russian forces"
              acknowledged by m.lee on 2024-11-02: correction pending

            problems with the input:
            features/nk-troops.feature:18: problem: the count "ten thousand" is not a count: write 3,000, about 10,000, at least 10,000, more than 10,000, up to 8,000 or 11,000 to 12,000

            stale acknowledgements (they match no finding any more: remove them):
              seeds/kursk-brief.txt: "10,000 North Korean troops" (contradiction), acknowledged by a.editor on 2024-10-31

            fact-audit: 3 articles, 7 claims: 2 contradictions, 1 warning, 1 info, 1 acknowledged, 1 problem, 1 stale
            """);
    }

    @Test
    void should_print_each_finding_as_its_finding_line_and_words() {
        String printed = ConsoleReport.plain().render(SampleAudit.report());

        SampleAudit.report().findings().forEach(f -> assertThat(printed).contains(f.describe() + "\n"));
    }

    @Test
    void should_print_only_the_summary_when_nothing_disagrees() {
        AuditReport quiet = new AuditReport(List.of(), List.of(), List.of(), List.of());

        assertThat(ConsoleReport.plain().render(quiet))
            .isEqualTo("fact-audit: 0 articles, 0 claims: 0 contradictions, 0 warnings, 0 info, 0 acknowledged\n");
    }

    @Test
    void should_colour_findings_by_severity_and_leave_the_words_plain() {
        String printed = ConsoleReport.coloured().render(SampleAudit.report());

        assertThat(printed)
            .contains("\u001b[31mseeds/kursk-brief.txt:3:18: contradiction misattributed:")
            .contains("\u001b[33mseeds/kursk-brief.txt:4:14: warning outdated:")
            .contains("\u001b[36mseeds/kursk-brief.txt:5:25: info unverifiable:")
            .contains("\u001b[35mseeds/kursk-brief.txt:6:1: contradiction state before its date:")
            .contains("\n  \"8,000 North Korean troops\"\n")
            .contains("\u001b[1m\u001b[31mfact-audit: 3 articles");
    }

    @Test
    void should_want_colour_only_on_a_terminal_that_is_not_dumb_and_without_no_color() {
        assertThat(ConsoleReport.wantsColour(true, Map.of("TERM", "xterm-256color"))).isTrue();
        assertThat(ConsoleReport.wantsColour(true, Map.of("TERM", "xterm", "NO_COLOR", ""))).isTrue();
        assertThat(ConsoleReport.wantsColour(false, Map.of("TERM", "xterm-256color"))).isFalse();
        assertThat(ConsoleReport.wantsColour(true, Map.of("TERM", "dumb"))).isFalse();
        assertThat(ConsoleReport.wantsColour(true, Map.of())).isFalse();
        assertThat(ConsoleReport.wantsColour(true, Map.of("TERM", "xterm", "NO_COLOR", "1"))).isFalse();
    }

    @Test
    void should_print_what_it_renders() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReport.plain().print(SampleAudit.report(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(ConsoleReport.plain().render(SampleAudit.report()));
    }
}
