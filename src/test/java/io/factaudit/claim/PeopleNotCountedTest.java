package io.factaudit.claim;

import org.junit.jupiter.api.Test;

class PeopleNotCountedTest {

    @Test
    void people_of_whom_the_clause_says_nothing_the_subject_counts_are_set_aside() {
        Decided.storm("Some 12,000 people live in the valley, where evacuees were sheltered.", "12,000")
            .setAsideBy("people the subject does not count", "Some 12,000 people live in the valley, where");
    }

    @Test
    void people_said_to_be_what_the_subject_counts_are_read_whatever_the_verb_of_saying() {
        Decided.storm("Some 12,000 people were evacuated, the agency said.", "12,000").readAs("Tarn evacuees");
        Decided.storm("Some 12,000 people were evacuated, the agency stressed.", "12,000").readAs("Tarn evacuees");
        Decided.storm("The storm killed 14 people, the governor said.", "14").readAs("Tarn storm deaths");
    }
}
