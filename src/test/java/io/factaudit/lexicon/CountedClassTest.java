package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a counted noun's class is, from WordNet: whether it names people, and what is a kind of it. */
class CountedClassTest {

    @ParameterizedTest
    @CsvSource({"workers, true", "residents, true", "evacuees, true", "people, true", "persons, true", "individuals, true", "citizens, true", "civilians, true", "dead, true", "voters, true",
        "homes, false", "vehicles, false", "jobs, false", "votes, false", "deaths, false", "shelters, false"})
    void a_noun_names_people_when_it_is_below_person_or_people(String noun, boolean people) {
        assertThat(Persons.namesPeople(noun)).as(noun).isEqualTo(people);
    }

    @ParameterizedTest
    @CsvSource({"posts, jobs, true", "positions, jobs, true", "job, jobs, true",
        "workers, jobs, false", "tonnes, jobs, false", "voters, votes, false", "cars, homes, false"})
    void a_noun_is_a_kind_of_the_counted_noun_through_its_senses(String noun, String counted, boolean kind) {
        assertThat(WordFamily.isKindOf(noun, counted)).as(noun + " / " + counted).isEqualTo(kind);
    }
}
