package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The ministry said" when the article names the ministry no other way: a definite role noun that speaks
 * is the one source of the sheet whose spellings hold its words, whatever the verb of saying, whether
 * the attribution comes before the number or after it, and on any topic.
 */
class UnnamedRoleNounSourceTest {

    /** Trapped miners, counted by a mining ministry and a union; only the ministry holds "ministry". */
    private static final Facts MINE = new SheetFixture()
        .names("trapped miners | miners trapped, trapped workers",
            "Mining ministry | Kessarian mining ministry, Kessar's mining ministry",
            "Miners Union | Kessar Miners Union, the union")
        .estimates("trapped miners", "Mining ministry | 2031-03-02 | 41", "Miners Union | 2031-03-02 | 45")
        .facts();

    /** Striking nurses, counted by a nursing council and a hospital board. */
    private static final Facts NURSES = new SheetFixture()
        .names("striking nurses | nurses on strike, nurses who walked out",
            "Nursing Council | Ostlandic Nursing Council, the national nursing council",
            "Hospital Board | Varby Hospital Board, Varby hospital board")
        .estimates("striking nurses", "Nursing Council | 2031-03-02 | 3,200", "Hospital Board | 2031-03-02 | 2,100")
        .facts();

    private static String sourceOf(Facts facts, String text, String number) {
        return Decided.sourceOf(facts, text, number);
    }

    @Test
    void a_speaking_role_noun_is_the_one_source_that_holds_its_words_in_any_position_and_verb() {
        String mine = "Rescue teams reached the lower gallery at dawn. ";
        for (String sentence : List.of(
            "The ministry said 41 miners were still trapped.",
            "The mining ministry says 41 miners remain trapped below the shaft.",
            "The ministry has estimated that 41 miners are trapped.",
            "Rescuers believe 41 miners are trapped, the ministry said on Monday.",
            "Some 41 miners are still trapped underground, the mining ministry reported.")) {
            assertThat(sourceOf(MINE, mine + sentence, "41")).as(sentence).isEqualTo("Mining ministry");
        }
        String ward = "Wards in Varby ran on skeleton staff on Tuesday. ";
        for (String sentence : List.of(
            "The council said 3,200 nurses walked out.",
            "The nursing council estimates that 3,200 nurses are on strike.",
            "About 3,200 nurses stayed away from work, the council told reporters.")) {
            assertThat(sourceOf(NURSES, ward + sentence, "3,200")).as(sentence).isEqualTo("Nursing Council");
        }
    }

    @Test
    void a_role_noun_that_owns_a_figure_or_stands_in_no_clause_of_saying_is_no_source() {
        String mine = "Rescue teams reached the lower gallery at dawn. ";
        // the noun owns an update, it does not speak; nor does a noun the sentence merely mentions
        assertThat(sourceOf(MINE, mine + "The ministry's update put the number of trapped miners at 41.", "41")).isNull();
        assertThat(sourceOf(MINE, mine + "Reporters waited outside the ministry while 41 miners were trapped.", "41")).isNull();
    }

    @Test
    void a_role_noun_two_sources_hold_is_left_to_no_one() {
        // "the council" may be the national one or the regional one: both spellings hold "council"
        Facts two = new SheetFixture()
            .names("striking nurses | nurses on strike, nurses who walked out",
                "Nursing Council | national nursing council",
                "Regional Council | regional nursing council")
            .estimates("striking nurses", "Nursing Council | 2031-03-02 | 3,200", "Regional Council | 2031-03-02 | 2,900")
            .facts();
        assertThat(sourceOf(two, "Wards ran on skeleton staff. The council said 3,200 nurses walked out.", "3,200")).isNull();
    }
}
