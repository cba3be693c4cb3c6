package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.sheet.Person;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MisspellingTest {

    private static final List<Person> PEOPLE = new SheetFixture().people(
        "Lloyd Austin | Defense Secretary | Austin, Lloyd J. Austin III",
        "Cho Tae-yong | NIS Director | Cho Tae Yong",
        "Rustem Umerov | Defense Minister | Umerov",
        "Kim Jong Un | North Korean leader | Kim Jong-un",
        "Recep Tayyip Erdoğan | President | Erdoğan",
        "Volodymyr Zelensky | President | Zelensky, Zelenskiy").facts().people();

    private final Misspelling misspelling = new Misspelling(PEOPLE, Set.of("kim yo jong", "cho tae yul"));

    private Optional<String> of(String written) {
        return misspelling.of(written).map(Person::name);
    }

    @Test
    void should_find_a_full_name_one_or_two_letters_off() {
        assertThat(of("Lloyd Austen")).contains("Lloyd Austin");
        assertThat(of("Cho Tae-young")).contains("Cho Tae-yong");
        assertThat(of("Rustem Umarov")).contains("Rustem Umerov");
        assertThat(of("Rustam Umarov")).contains("Rustem Umerov");
    }

    @Test
    void should_never_take_a_listed_spelling_diacritics_a_possessive_or_hyphens_for_a_misspelling() {
        assertThat(of("Recep Tayyip Erdogan")).isEmpty();
        assertThat(of("Lloyd Austin's")).isEmpty();
        assertThat(of("Kim Jong-un")).isEmpty();
        assertThat(of("Cho Tae Yong")).isEmpty();
        assertThat(of("Volodymyr Zelenskiy")).isEmpty();
    }

    @Test
    void should_never_take_another_name_a_whole_short_word_or_a_word_more_for_a_misspelling() {
        assertThat(of("Cho Tae-yul")).isEmpty();
        assertThat(of("Kim Jong Il")).isEmpty();
        assertThat(of("Lloyd J. Austin")).isEmpty();
        assertThat(of("Austen")).isEmpty();
        assertThat(of("Lloyd Austinov")).isEmpty();
    }
}
