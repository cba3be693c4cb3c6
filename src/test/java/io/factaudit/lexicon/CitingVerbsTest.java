package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitingVerbsTest {

    @Test
    void verbs_of_citing_in_any_inflection() {
        assertThat(CitingVerbs.contains("citing")).isTrue();
        assertThat(CitingVerbs.contains("cited")).isTrue();
        assertThat(CitingVerbs.contains("quoting")).isTrue();
        assertThat(CitingVerbs.contains("Quotes")).isTrue();
    }

    @Test
    void verbs_of_saying_and_of_naming_only_are_not() {
        assertThat(CitingVerbs.contains("said")).isFalse();
        assertThat(CitingVerbs.contains("mentioning")).isFalse();
        assertThat(CitingVerbs.contains("counting")).isFalse();
        assertThat(CitingVerbs.contains("the")).isFalse();
    }
}
