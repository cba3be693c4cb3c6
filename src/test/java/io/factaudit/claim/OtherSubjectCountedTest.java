package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sheet may keep each subject's estimates in a scenario of its own: a count noun the sheet spells as
 * the subject of another scenario says whose figure it is, and a number it counts is not this
 * scenario's; the sheet's subjects are never read as sources. Two invented topics; sentences written
 * for this test.
 */
class OtherSubjectCountedTest {

    private static final String[] NAMES = {
        "landslide deaths | deaths, dead, killed, death toll, toll",
        "households evacuated | evacuated, evacuations, households",
        "flights cancelled | cancelled, cancellations",
        "passengers stranded | stranded, passengers",
        "Hill Rescue | rescuers", "Air Authority | authority"};

    /** The facts of one scenario holding one subject's estimates, knowing every subject the sheet counts. */
    private static Facts scenarioOf(String subject) {
        Facts whole = new SheetFixture().names(NAMES)
            .estimates("landslide deaths", "Hill Rescue | 2034-05-01 | 12")
            .estimates("households evacuated", "Hill Rescue | 2034-05-01 | 700")
            .estimates("flights cancelled", "Air Authority | 2034-05-01 | 300")
            .estimates("passengers stranded", "Air Authority | 2034-05-01 | 9000")
            .facts();
        Facts one = new SheetFixture().names(NAMES)
            .estimates(subject, whole.estimates().stream().filter(e -> e.subject().equals(subject))
                .map(e -> e.source() + " | " + e.asOf() + " | " + e.count().low()).toArray(String[]::new))
            .facts();
        return one.withSheet(List.of(whole.estimates()), List.of());
    }

    private static List<CountClaim> read(String text, Facts facts) {
        return new CountReader().read(SheetFixture.document(text, "2034-05-02"), facts).stream()
            .map(CountClaim.class::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The death toll rose to 14 on Thursday, rescuers said.           | households evacuated | landslide deaths",
        "The toll climbed to 14, Hill Rescue said.                       | households evacuated | landslide deaths",
        "Cancellations rose to 340 by noon, the authority said.          | passengers stranded  | flights cancelled"})
    void a_count_noun_of_another_scenarios_subject_is_not_this_scenarios_count(String sentence, String here, String there) {
        assertThat(read(sentence, scenarioOf(here))).isEmpty();
        assertThat(read(sentence, scenarioOf(there))).singleElement()
            .satisfies(c -> assertThat(c.subject()).isEqualTo(there));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Rescuers said 800 households were evacuated as the death toll rose. | households evacuated | Hill Rescue",
        "The authority said 9,500 passengers were stranded amid the cancellations. | passengers stranded | Air Authority"})
    void a_subject_of_another_scenario_is_never_the_source(String sentence, String subject, String source) {
        assertThat(read(sentence, scenarioOf(subject))).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo(subject);
            assertThat(c.source()).isEqualTo(source);
        });
    }
}
