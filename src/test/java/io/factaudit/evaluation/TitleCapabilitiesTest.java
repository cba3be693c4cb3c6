package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCapabilitiesTest {

    /** Prints the rate; with -Dfailures=1 also the sentences read wrong. */
    private static CapabilityScore score(Capability capability) {
        CapabilityScore s = Capabilities.score(List.of(capability)).get(0);
        System.out.println(s.format());
        if (System.getProperty("failures") != null) {
            s.failures().forEach(f -> System.out.println("  " + f));
        }
        return s;
    }

    private static Capability named(String prefix) {
        return TitleCapabilities.all().stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** A title wrapped across two lines of a paragraph is read as on one (claim.WrappedLines). */
    @Test
    void should_read_a_title_in_a_headline_or_broken_across_two_lines() {
        CapabilityScore s = score(named("INV title in a headline"));
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(1.00);
    }

    /** Titles after "as", past offices with a date, in parentheses, after an age, with a country's adjective, in captions, paired. */
    @Test
    void should_read_the_titles_of_real_news_forms() {
        CapabilityScore s = score(named("INV title as real news"));
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(1.00);
    }

    /** Another person's title in the sentence is never the name's. */
    @Test
    void should_not_give_another_persons_title_to_the_name() {
        CapabilityScore s = score(named("DIR a title of another person"));
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(1.00);
    }

    /** A quote split by its attribution, cut at an ellipsis, with bracketed words, continued or run in. */
    @Test
    void should_read_a_quote_in_the_forms_of_real_news() {
        CapabilityScore s = score(SpeechCapabilities.quoteForms());
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(0.99);
    }

    /** Abbreviations, capitals and hyphens are house style, never a wrong title. */
    @Test
    void should_read_a_title_in_every_house_style() {
        CapabilityScore s = score(named("INV title in house style"));
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(1.00);
    }

    /** A promotion, an appointment in apposition, "-elect", an owner after "at", a quote's attribution, a caption. */
    @Test
    void should_read_the_titles_of_issue_15s_forms() {
        CapabilityScore s = score(named("INV title promoted to"));
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(1.00);
    }

    /** "top" and a noun, the head of a unit, "who heads", "who chairs": agree with a title at the top of the unit. */
    @Test
    void should_judge_a_description_by_its_rank_and_its_unit() {
        CapabilityScore agree = score(named("INV title as a description"));
        assertThat(agree.rate()).as(String.join("\n", agree.failures())).isGreaterThanOrEqualTo(1.00);
        CapabilityScore wrong = score(named("DIR a description"));
        assertThat(wrong.rate()).as(String.join("\n", wrong.failures())).isGreaterThanOrEqualTo(1.00);
    }

    /** A known quote in another house style, as a fragment, continued, or by a pronoun after a person named. */
    @Test
    void should_read_a_quote_in_every_house_style_and_continuation() {
        CapabilityScore s = score(QuoteStyleCapabilities.all());
        assertThat(s.rate()).as(String.join("\n", s.failures())).isGreaterThanOrEqualTo(1.00);
        CapabilityScore altered = score(QuoteStyleCapabilities.altered());
        assertThat(altered.rate()).as(String.join("\n", altered.failures())).isGreaterThanOrEqualTo(1.00);
    }
}
