package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Facts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sheet source that is the subject of a verb of recording or communication just before the count
 * ("the filing lists 860 layoffs") is whose count it is. Sentences generated from templates written
 * for this test.
 */
class RecordingSubjectTest {

    private static Facts sheet(String subject, String spellings) {
        return new SheetFixture().names(subject + " | " + spellings, "State Filing | the filing, its filing", "Civic Registry | the registry")
            .estimates(subject, "State Filing | 2031-03-04 | 860", "Civic Registry | 2031-03-04 | 900").facts();
    }

    private static List<String> read(Facts facts, String text) {
        return new CountReader().read(SheetFixture.document(text, "2031-03-05"), facts).stream()
            .map(CountClaim.class::cast).map(c -> c.interval().low() + " " + c.source()).toList();
    }

    @Test
    void the_recording_subject_is_the_source_whatever_the_verb_topic_and_source() {
        List<String> failures = new ArrayList<>();
        for (String[] topic : List.of(new String[] {"job cuts", "layoffs, job losses", "layoffs"},
            new String[] {"measles cases", "cases, infections", "cases"}, new String[] {"voters", "votes cast, voters", "voters"})) {
            Facts facts = sheet(topic[0], topic[1]);
            for (String source : List.of("State Filing", "Civic Registry")) {
                String subject = source.equals("State Filing") ? "Its filing" : "The registry";
                for (String verb : List.of("lists", "records", "reports", "counts", "now lists", "cites")) {
                    String text = "In the north, " + subject.toLowerCase() + " " + verb + " 860 " + topic[2] + " at the two sites.";
                    if (!read(facts, text).equals(List.of("860 " + source))) {
                        failures.add(text + " -> " + read(facts, text));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_verb_that_neither_records_nor_tells_names_no_source() {
        Facts facts = sheet("job cuts", "layoffs, job losses");
        assertThat(read(facts, "In the north, the registry funds 860 layoffs at the two sites.")).containsExactly("860 null");
    }
}
