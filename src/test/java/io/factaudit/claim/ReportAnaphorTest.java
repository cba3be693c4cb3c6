package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report named again by a definite noun ("The same bulletin lists ...") is the report of the source
 * cited last before it, a few paragraphs back at most. Articles written for this test.
 */
class ReportAnaphorTest {

    /** Topics: the subject, its other spellings, and the noun an article counts it with. */
    private static final List<String[]> TOPICS = List.of(new String[] {"stranded passengers", "passengers", "passengers"},
        new String[] {"job cuts", "layoffs, job losses", "job losses"}, new String[] {"storm deaths", "deaths, dead", "dead"});

    private static Facts sheet(String subject, String spellings) {
        return new SheetFixture().names(subject + " | " + spellings, "Harbour Agency | the agency", "Dock Union | the union")
            .estimates(subject, "Harbour Agency | 2031-05-01 | 900", "Dock Union | 2031-05-01 | 1,400").facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-05-03"), facts).stream().map(CountClaim.class::cast)
            .map(c -> c.interval().low() + " " + c.source()).toList();
    }

    @Test
    void the_report_named_again_is_the_source_cited_last_whatever_the_noun_verb_and_topic() {
        for (String[] topic : TOPICS) {
            Facts facts = sheet(topic[0], topic[1]);
            for (String again : List.of("The same bulletin lists 300 %s in the north.", "The latest report counts 300 %s in the north.",
                "The new statement puts 300 %s in the north.", "The same release breaks it down: 300 %s in the north, 600 in the south.")) {
                String text = "09:40\nThe Harbour Agency's morning bulletin is out: it gives 900 " + topic[2] + ".\n\n09:55\n"
                    + again.formatted(topic[2]);
                assertThat(read(facts, text)).as(text).startsWith("900 Harbour Agency", "300 Harbour Agency");
            }
        }
    }

    @Test
    void a_report_that_speaks_after_the_number_is_the_source_cited_last_whatever_the_noun_verb_and_topic() {
        for (String[] topic : TOPICS) {
            Facts facts = sheet(topic[0], topic[1]);
            for (String speaks : List.of("About 300 %s were counted in the north, the statement said.",
                "Some 300 %s were in the north, the latest bulletin added.", "In the north, 300 %s were listed, the report noted.")) {
                String text = "The Harbour Agency issued its evening figures on Monday.\n\n" + speaks.formatted(topic[2]);
                assertThat(read(facts, text)).as(text).singleElement().asString().endsWith(" Harbour Agency");
            }
        }
    }

    @Test
    void a_report_noun_that_speaks_with_no_source_cited_before_names_none() {
        Facts facts = sheet("job cuts", "layoffs, job losses");
        assertThat(read(facts, "Rain fell on Monday.\n\nAbout 300 job losses were counted, the statement said."))
            .containsExactly("270 null");
    }

    @Test
    void a_timeline_label_of_a_report_noun_is_the_source_cited_last_whatever_the_noun_and_topic() {
        for (String[] topic : TOPICS) {
            Facts facts = sheet(topic[0], topic[1]);
            for (String label : List.of("Final bulletin: 300 %s.", "Latest report: 300 %s.", "Report: 300 %s in the north.")) {
                String text = "How it unfolded\n\nMay 1 \u2014 The Harbour Agency's morning bulletin gives 900 " + topic[2]
                    + ".\n\nMay 2 \u2014 Roads reopen in the south.\n\nMay 3 \u2014 " + label.formatted(topic[2]);
                assertThat(read(facts, text)).as(text).startsWith("900 Harbour Agency", "300 Harbour Agency");
            }
        }
    }

    @Test
    void a_label_that_is_no_report_noun_carries_no_source() {
        Facts facts = sheet("storm deaths", "deaths, dead, toll");
        String text = "How it unfolded\n\nMay 1 \u2014 The Harbour Agency's morning bulletin gives 900 dead.\n\n"
            + "May 2 \u2014 Roads reopen in the south.\n\nMay 3 \u2014 Northern valley: 300 dead.";
        assertThat(read(facts, text)).containsExactly("900 Harbour Agency", "300 null");
    }

    @Test
    void a_count_noun_of_the_subject_or_a_report_far_back_is_no_report_named_again() {
        Facts facts = sheet("storm deaths", "deaths, dead, toll");
        String cited = "The Harbour Agency's bulletin gives 900 dead.\n\n";
        assertThat(read(facts, cited + "The toll rose to 1,400.")).containsExactly("900 Harbour Agency", "1400 null");
        String far = cited + "The storm moved north.\n\nRoads were shut.\n\nSchools closed.\n\nTrains stopped.\n\n";
        assertThat(read(facts, far + "The same bulletin lists 300 dead in the north.")).containsExactly("900 Harbour Agency", "300 null");
    }

    @Test
    void a_report_with_a_source_of_its_own_keeps_it() {
        Facts facts = sheet("job cuts", "layoffs, job losses");
        assertThat(read(facts, "The Harbour Agency's bulletin gives 900 job losses.\n\nThe union's report lists 1,400 job losses."))
            .containsExactly("900 Harbour Agency", "1400 Dock Union");
    }
}
