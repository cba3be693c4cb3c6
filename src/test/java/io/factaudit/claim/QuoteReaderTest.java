package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteReaderTest {

    private static final String EVIDENCE = "There is evidence that there are DPRK troops in Russia";
    private static final String MISTAKE = "Make no mistake: if these North Korean troops engage in combat or combat support"
        + " operations against Ukraine, they would make themselves legitimate military targets";

    private final Facts facts = SheetFixture.troops()
        .quotes("Lloyd Austin | 2024-10-23 | " + EVIDENCE, "Lloyd Austin | 2024-10-31 | " + MISTAKE,
            "Antony Blinken | 2024-10-31 | We've not yet seen these troops deploy into combat against Ukrainian forces,"
                + " but we would expect that to happen in the coming days")
        .facts();

    private List<QuoteClaim> read(String text) {
        return new QuoteReader().read(SheetFixture.document(text, "2024-11-01"), facts).stream()
            .map(QuoteClaim.class::cast).toList();
    }

    private QuoteClaim only(String text) {
        List<QuoteClaim> claims = read(text);
        assertThat(claims).as("quotes read from: %s", text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void should_claim_the_quoted_words_without_their_marks_and_closing_stop() {
        QuoteClaim c = only("\u201cThere is evidence that there are DPRK troops in Russia,\u201d Austin said in Rome.");
        assertThat(c.text()).isEqualTo(EVIDENCE);
        assertThat(c.speaker()).isEqualTo("Lloyd Austin");
    }

    @Test
    void should_read_a_quote_split_by_its_attribution_as_one() {
        QuoteClaim c = only("Austin was blunt. \u201cMake no mistake,\u201d he warned. \u201cIf these North Korean troops"
            + " engage in combat or combat support operations against Ukraine they would make themselves legitimate"
            + " military targets.\u201d");
        assertThat(c.words()).startsWith("Make no mistake, \u2026 If these North Korean troops");
        assertThat(c.text()).startsWith("Make no mistake,\u201d he warned. \u201cIf these").endsWith("military targets");
        assertThat(c.speaker()).isEqualTo("Lloyd Austin");
    }

    @Test
    void should_find_the_speaker_in_each_usual_form() {
        String words = "\u201cThere is evidence that there are DPRK troops in Russia\u201d";
        assertThat(speaker(words.replace("\u201d", ",\u201d") + " said Antony Blinken.")).isEqualTo("Antony Blinken");
        assertThat(speaker("Mark Rutte, the NATO chief, said: " + words)).isEqualTo("Mark Rutte");
        assertThat(speaker("According to Mark Rutte, " + words)).isEqualTo("Mark Rutte");
        assertThat(speaker(words.replace("\u201d", ",\u201d") + " Blinken remarked.")).isEqualTo("Antony Blinken");
        assertThat(speaker("Rutte spoke in Brussels. At a press conference, he stated, " + words)).isEqualTo("Mark Rutte");
        assertThat(speaker("Defense Secretary Lloyd Austin noted during his visit to Fiji, " + words)).isEqualTo("Lloyd Austin");
        assertThat(speaker("UN aid chief Martin Griffiths, after visiting the border: " + words)).isEqualTo("Martin Griffiths");
        assertThat(speaker("Blinken met Kim Yong-hyun on Monday. The secretary said " + words)).isEqualTo("Kim Yong-hyun");
    }

    @Test
    void should_follow_a_pronoun_back_to_the_last_person_named_outside_quotes() {
        QuoteClaim c = only("Blinken spoke first. \u201cPutin is desperate,\u201d Mark Rutte said. Then Austin took the floor."
            + " \u201cThere is evidence that there are DPRK troops in Russia,\u201d he said.");
        assertThat(c.speaker()).isEqualTo("Lloyd Austin");
    }

    @Test
    void should_name_no_speaker_where_the_article_names_none() {
        assertThat(only("Officials repeated it: \u201cThere is evidence that there are DPRK troops in Russia.\u201d").speaker())
            .isNull();
        assertThat(only("\u201cThere is evidence that there are DPRK troops in Russia,\u201d a senior official said, echoing"
            + " Blinken.").speaker()).isNull();
    }

    @Test
    void should_take_the_subject_of_the_speech_verb_not_a_name_it_mentions() {
        assertThat(speaker("Asked about Blinken's remarks, Austin said: \u201cThere is evidence that there are DPRK troops in"
            + " Russia.\u201d")).isEqualTo("Lloyd Austin");
        assertThat(speaker("Austin, who had met Blinken in Seoul, told reporters: \u201cThere is evidence that there are DPRK"
            + " troops in Russia.\u201d")).isEqualTo("Lloyd Austin");
        assertThat(speaker("\u201cThere is evidence that there are DPRK troops in Russia,\u201d Austin, who had met Blinken in"
            + " Seoul, told reporters.")).isEqualTo("Lloyd Austin");
        assertThat(speaker("Troops are there, according to Mark Rutte, who said: \u201cThere is evidence that there are DPRK"
            + " troops in Russia.\u201d")).isEqualTo("Mark Rutte");
    }

    @Test
    void should_leave_out_quotes_that_are_not_close_to_a_known_quote() {
        assertThat(read("\u201cWe will not stand idly by,\u201d Yoon said. Seoul called it \u201cfake news\u201d. Officials said"
            + " troops were \u201cdeployed to the Kursk region in Russia\u201d.")).isEmpty();
        assertThat(read("Austin said: \u201cI fully expect that to happen in the coming days.\u201d")).isEmpty();
    }

    private String speaker(String text) {
        return only(text).speaker();
    }
}
