package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The place of a count is the place of its own clause: not a place in a subordinate clause after it,
 * not the place of the one who speaks, but "there" after the counter and "the figure for X" do put
 * it there. Sentences written for this test, on two topics (evacuations and job cuts).
 */
class CountPlaceScopeTest {

    private static final Facts EVACUATIONS = sheet("people evacuated | evacuated, evacuees", "Civil Protection | civil protection",
        "Ostland", "Marlow County");
    private static final Facts JOB_CUTS = sheet("job cuts | jobs cut, layoffs", "Norbek | the company", "Vesterby", "Harnby");

    private static Facts sheet(String subject, String source, String place, String other) {
        SheetFixture sheet = new SheetFixture().names(subject, source, place + " |", other + " |");
        sheet.builder().places(sheet.table("place | within", place + " |", other + " |"));
        String name = subject.substring(0, subject.indexOf('|')).trim();
        String by = source.substring(0, source.indexOf('|')).trim();
        return sheet.estimates(name, by + " | 2031-01-05 | 900").facts();
    }

    private static String locate(Facts facts, String text, String number) {
        Document document = SheetFixture.document(text, "2031-01-06");
        int at = text.lastIndexOf(number);
        return CountPlace.of(document, facts).locate(document.sentenceOf(at), new Span(at, at + number.length()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"as", "while", "because", "after"})
    void a_place_in_a_subordinate_clause_after_the_number_does_not_locate_it(String subordinator) {
        assertThat(locate(EVACUATIONS, "Crews evacuated 740 people on Monday " + subordinator
            + " the river burst its banks in Marlow County.", "740")).as(subordinator).isNull();
        assertThat(locate(JOB_CUTS, "Norbek will cut 300 jobs this year " + subordinator
            + " demand falls at its plant in Harnby.", "300")).as(subordinator).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"as of Monday", "since Friday", "after the storm"})
    void a_phrase_without_a_verb_before_the_place_still_locates_the_count(String phrase) {
        assertThat(locate(EVACUATIONS, "Crews evacuated 740 people " + phrase + " in Marlow County.", "740")).isEqualTo("Marlow County");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spokesman", "official", "spokeswoman for the agency"})
    void the_place_of_a_speaker_is_not_the_place_of_the_count(String speaker) {
        assertThat(locate(EVACUATIONS, "A civil protection " + speaker + " in Ostland said 5,200 people had been evacuated nationwide.",
            "5,200")).isNull();
        assertThat(locate(JOB_CUTS, "A company " + speaker + " in Vesterby said Norbek would cut 1,200 jobs in all.",
            "1,200")).isNull();
        assertThat(locate(JOB_CUTS, "Vesterby officials said Norbek would cut 1,200 jobs.", "1,200"))
            .as("the place as the reporter").isEqualTo("Vesterby");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Officials there counted 430 evacuees. | 430",
        "Crews there evacuated 430 people by nightfall. | 430",
        "Civil protection there puts the figure at 430. | 430",
    })
    void there_after_the_counter_points_back_to_the_passage_place(String sentence, String number) {
        assertThat(locate(EVACUATIONS, "The river rose fastest in Marlow County. " + sentence, number)).isEqualTo("Marlow County");
        assertThat(locate(EVACUATIONS, "The river rose fastest in Marlow County. There were 430 evacuees by nightfall.", "430"))
            .as("the existential there").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"figure", "total", "tally", "count"})
    void a_figure_kept_for_a_place_is_located_there(String noun) {
        assertThat(locate(EVACUATIONS, "The agency's " + noun + " for Marlow County on Sunday was 1,150.", "1,150"))
            .isEqualTo("Marlow County");
        assertThat(locate(JOB_CUTS, "The union's " + noun + " for the Harnby plant is 260.", "260")).isEqualTo("Harnby");
        assertThat(locate(JOB_CUTS, "The union voted for Harnby's mayor; the " + noun + " is 260.", "260"))
            .as("a verb's for, in another clause").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"In Marlow County, ", "Across Marlow County, ", "Throughout Marlow County, "})
    void a_paragraph_opened_by_a_fronted_place_locates_its_later_counts(String fronted) {
        String text = fronted + "the river broke through two levees overnight. Civil protection said 1,150 people were evacuated.";
        assertThat(locate(EVACUATIONS, text, "1,150")).isEqualTo("Marlow County");
        String jobs = fronted.replace("Marlow County", "Harnby") + "the plant stood idle all week. The company will cut 260 jobs.";
        assertThat(locate(JOB_CUTS, jobs, "260")).isEqualTo("Harnby");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,150 people were evacuated nationwide", "1,150 people were evacuated in all",
        "the total stood at 1,150 evacuees"})
    void a_count_of_the_whole_or_in_another_paragraph_is_not_located_by_the_opening_place(String clause) {
        assertThat(locate(EVACUATIONS, "In Marlow County, the river broke through two levees. Civil protection said " + clause + ".",
            "1,150")).isNull();
        assertThat(locate(EVACUATIONS, "In Marlow County, the river broke through two levees.\n\nCivil protection said 1,150 people were evacuated.",
            "1,150")).as("another paragraph").isNull();
        assertThat(locate(EVACUATIONS, "Marlow County was hit hardest. Civil protection said 1,150 people were evacuated.", "1,150"))
            .as("a place not fronted").isNull();
    }

    private static Facts nested(String subject, String source) {
        SheetFixture sheet = new SheetFixture().names(subject, source, "Tarn Valley | the valley", "Eastmoor |", "Cobham |");
        sheet.builder().places(sheet.table("place | within", "Tarn Valley |", "Eastmoor | Tarn Valley", "Cobham |"));
        return sheet.estimates(subject.substring(0, subject.indexOf('|')).trim(),
            source.substring(0, source.indexOf('|')).trim() + " | 2031-01-05 | 900").facts();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"were in Eastmoor", "were recorded in Eastmoor", "were all in Eastmoor"})
    void a_place_within_the_first_later_in_the_clause_is_where_the_count_is(String predicate) {
        Facts evacuations = nested("people evacuated | evacuees", "Civil Protection | civil protection");
        assertThat(locate(evacuations, "The other 300 evacuees in the valley " + predicate + ".", "300")).isEqualTo("Eastmoor");
        Facts jobs = nested("job cuts | jobs cut, layoffs", "Norbek | the company");
        assertThat(locate(jobs, "The remaining 120 layoffs in Tarn Valley " + predicate + ".", "120")).isEqualTo("Eastmoor");
        assertThat(locate(jobs, "The remaining 120 layoffs in Tarn Valley came as orders fell in Eastmoor.", "120"))
            .as("a place in a subordinate clause").isEqualTo("Tarn Valley");
        assertThat(locate(jobs, "The remaining 120 layoffs in Tarn Valley were announced in Cobham.", "120"))
            .as("a place not within the first").isEqualTo("Tarn Valley");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"for the two counties were", "for both counties came to", "in the 2 counties stood at"})
    void figures_for_the_places_named_before_go_to_them_in_turn(String link) {
        String text = "Civil protection evacuated 740 people in Ostland and 410 in Marlow County. Volunteer figures "
            + link + " 800 and 450.";
        assertThat(locate(EVACUATIONS, text, "800")).isEqualTo("Ostland");
        assertThat(locate(EVACUATIONS, text, "450")).isEqualTo("Marlow County");
        String jobs = "Norbek will cut 300 jobs in Vesterby and 120 in Harnby. Union estimates " + link.replace("counties", "towns")
            + " 350 and 140.";
        assertThat(locate(JOB_CUTS, jobs, "350")).isEqualTo("Vesterby");
        assertThat(locate(JOB_CUTS, jobs, "140")).isEqualTo("Harnby");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"800 and 450 and 90", "800"})
    void figures_that_do_not_match_the_places_in_number_are_not_placed_in_turn(String figures) {
        String text = "Civil protection evacuated 740 people in Ostland and 410 in Marlow County. Volunteer figures "
            + "for the two counties were " + figures + ".";
        assertThat(locate(EVACUATIONS, text, "800")).isNull();
    }

    @ParameterizedTest(name = "stamp [{0}]")
    @ValueSource(strings = {"", "10:47 ", "09:05 "})
    void the_noun_a_place_names_and_a_live_blog_time_stamp_leave_the_place_the_subject(String stamp) {
        String evacuees = "Flood updates\n\n" + stamp + "The district of Marlow County alone has taken in 2,000 evacuees, officials said.";
        assertThat(locate(EVACUATIONS, evacuees, "2,000")).isEqualTo("Marlow County");
        String jobs = "Plant updates\n\n" + stamp + "The town of Harnby alone has lost 260 jobs, the union said.";
        assertThat(locate(JOB_CUTS, jobs, "260")).isEqualTo("Harnby");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"confirms", "reported", "announced"})
    void a_place_that_reports_keeps_the_whole_when_a_part_is_set_off_after_it(String verb) {
        assertThat(locate(EVACUATIONS, "Ostland " + verb + " its first 900 evacuees, all in Marlow County.", "900")).isEqualTo("Ostland");
        assertThat(locate(JOB_CUTS, "Vesterby " + verb + " 260 layoffs, most of them in Harnby.", "260")).isEqualTo("Vesterby");
        assertThat(locate(JOB_CUTS, "Vesterby " + verb + " 260 layoffs in Harnby.", "260")).as("no comma: the place named after")
            .isEqualTo("Harnby");
    }
}
