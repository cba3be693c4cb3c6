package io.factaudit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.claim.CountReader;
import io.factaudit.claim.SheetFixture;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Why a count was not read, told by the form its number stands in and not by its words, on an
 * invented article about stranded hikers and another about beehives lost to frost.
 */
class NotReadTest {

    private static final Facts HIKERS = new SheetFixture()
        .names("stranded hikers | hikers stranded, stranded", "Mountain Rescue | rescuers")
        .estimates("stranded hikers", "Mountain Rescue | 2031-02-01 | 40").facts();

    private static final Facts HIVES = new SheetFixture()
        .names("hives lost | beehives lost, hives", "Beekeepers Guild | the guild")
        .estimates("hives lost", "Beekeepers Guild | 2031-02-01 | 900").facts();

    private static String why(Facts facts, String text, String gold) {
        Document document = SheetFixture.document(text, "2031-02-02");
        Function<Span, String> notRead = NotRead.of(document, new CountReader().decisions(document, facts));
        int at = text.indexOf(gold);
        assertThat(at).isNotNegative();
        return notRead.apply(new Span(at, at + gold.length()));
    }

    @Test
    void each_form_a_number_stands_in_is_told_on_either_topic() {
        for (Facts facts : List.of(HIKERS, HIVES)) {
            String text = "Forty feared lost on the ridge\n\n"
                + "The weather turned on Sunday. Crews said 31 were found near the hut.\n\n"
                + "- 12 on the north face\n\n"
                + "[Map] 16 were airlifted from the col.\n\n"
                + "| Hut | 14 |\n\n"
                + "Photo: 18 of them wait at the lodge\n\n"
                + "\"We brought down 25 before dark,\" a volunteer said.\n\n"
                + "Many more were never counted.";
            assertThat(why(facts, text, "Forty feared lost")).isEqualTo(NotRead.HEADLINE);
            assertThat(why(facts, text, "31 were found")).isEqualTo(NotRead.PASSED_OVER);
            assertThat(why(facts, text, "12 on the north face")).isEqualTo(NotRead.BULLETED);
            assertThat(why(facts, text, "16 were airlifted")).isEqualTo(NotRead.BRACKETED);
            assertThat(why(facts, text, "14")).isEqualTo(NotRead.TABLE);
            assertThat(why(facts, text, "18 of them")).isEqualTo(NotRead.UNPUNCTUATED);
            assertThat(why(facts, text, "brought down 25")).isEqualTo(NotRead.QUOTED);
            assertThat(why(facts, text, "Many more")).isEqualTo(NotRead.NO_NUMBER);
        }
    }

    @Test
    void a_number_in_a_sentence_the_reader_decided_is_told_apart_from_one_passed_over() {
        String text = "Snow in the pass\n\nRescuers said 40 hikers were stranded and 31 walked out on their own.";
        assertThat(why(HIKERS, text, "31 walked out")).isEqualTo(NotRead.OTHER);
    }

    @Test
    void a_count_not_read_is_split_by_why_and_the_rest_keeps_its_kind() {
        GoldItem gold = new GoldItem("count", new Span(0, 10), "c0", "hives lost / Beekeepers Guild", 900L, 900L, null, null);
        Evaluation.Score s = Evaluation.score("a.txt", List.of(gold), List.of(), false, span -> null, span -> NotRead.HEADLINE);
        assertThat(s.countErrors()).containsExactly(java.util.Map.entry(CountErrors.NOT_READ + " (" + NotRead.HEADLINE + ")", 1));
        assertThat(Evaluation.score("a.txt", List.of(gold), List.of(), false).countErrors())
            .containsExactly(java.util.Map.entry(CountErrors.NOT_READ, 1));
    }
}
