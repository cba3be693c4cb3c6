package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X, which has members on every shift ..., said 45": a relative clause between commas stands between a
 * source and its verb of saying, however long it is, whatever the verb, the relative pronoun, the topic.
 */
class RelativeClauseSourceTest {

    private static final Facts MINE = new SheetFixture()
        .names("trapped miners | miners trapped, trapped workers",
            "Mining ministry | Kessarian mining ministry",
            "Miners Union | Kessar Miners Union, Dana Roe, Roe")
        .estimates("trapped miners", "Mining ministry | 2031-03-02 | 41", "Miners Union | 2031-03-02 | 45")
        .facts();

    private static final Facts NURSES = new SheetFixture()
        .names("striking nurses | nurses on strike, nurses who walked out",
            "Nursing Council | Ostlandic Nursing Council",
            "Hospital Board | Varby Hospital Board")
        .estimates("striking nurses", "Nursing Council | 2031-03-02 | 3,200", "Hospital Board | 2031-03-02 | 2,100")
        .facts();

    private static final Facts ARRESTS = new SheetFixture()
        .names("people arrested | arrested, detained, detentions",
            "State Police | police, Ostlandic police, the force",
            "Unity Front | organisers, organizers, the movement")
        .estimates("people arrested", "State Police | 2031-03-02 | 40", "Unity Front | 2031-03-02 | more than 45")
        .facts();

    /** Thirteen words and more: past the reach of a verb right after its source. */
    private static final String UNION = "The Kessar Miners Union, which has members on every shift of the night crew at the northern shaft,";
    private static final String ROE = "Dana Roe, who has led the volunteer rescue teams of the union since the first collapse at the northern shaft,";
    private static final String BOARD = "The Varby Hospital Board, which runs the three public hospitals of the district and their clinics in the valley,";

    private static String sourceOf(Facts facts, String text, String number) {
        return Decided.sourceOf(facts, text, number);
    }

    @Test
    void the_source_before_a_long_relative_clause_speaks_through_any_verb_of_saying() {
        for (String speaker : List.of(UNION, ROE)) {
            for (String said : List.of(" said 45 miners were still trapped.", " estimated that 45 miners were trapped.",
                " told reporters that 45 miners remained trapped.", " put the number of trapped miners at 45.")) {
                assertThat(sourceOf(MINE, speaker + said, "45")).as(speaker + said).isEqualTo("Miners Union");
            }
        }
        for (String said : List.of(" reported that 2,100 nurses walked out.", " says 2,100 nurses are on strike.")) {
            assertThat(sourceOf(NURSES, BOARD + said, "2,100")).as(BOARD + said).isEqualTo("Hospital Board");
        }
    }

    @Test
    void the_commas_of_its_own_relative_clause_do_not_part_a_source_from_its_figure() {
        // the police are named after the figure, as whom the Front accuses, with no comma between
        for (String who : List.of("The Unity Front, which organised the marches,", "The Unity Front, which called the protest,")) {
            for (String said : List.of(" said more than 45 of its supporters had been arrested since Friday",
                " claimed that more than 45 people were detained on Friday")) {
                for (String rest : List.of(" and accused the police of picking out students at random.",
                    " and blamed the police for the violence.")) {
                    String text = who + said + rest;
                    assertThat(sourceOf(ARRESTS, text, "45")).as(text).isEqualTo("Unity Front");
                }
            }
        }
    }

    @Test
    void a_source_whose_verb_after_the_clause_does_not_say_is_no_source() {
        assertThat(sourceOf(MINE, UNION + " held a vigil while 45 miners were still trapped.", "45")).isNull();
    }
}
