package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final NameMatcher names = new NameMatcher()
        .add("United States", List.of("United States", "US", "U.S."))
        .add("World Health Organization", List.of("World Health Organization", "WHO"))
        .add("Recep Tayyip Erdoğan", List.of("Recep Tayyip Erdoğan", "Erdoğan"))
        .add("South Korea", List.of("South Korea", "South Korean intelligence"));

    private List<String> found(String text) {
        return names.find(text).stream().map(m -> m.name() + "=" + text.substring(m.span().start(), m.span().end())).toList();
    }

    @Test
    void aliases_in_capitals_match_only_in_capitals() {
        assertThat(found("Tell us who sent the US team and the WHO report.")).containsExactly("United States=US",
            "World Health Organization=WHO");
    }

    @Test
    void periods_of_abbreviations_diacritics_and_possessives_are_folded() {
        assertThat(found("The U.S. view differs from Erdogan's.")).containsExactly("United States=U.S.",
            "Recep Tayyip Erdoğan=Erdogan");
    }

    @Test
    void the_longer_spelling_wins_and_words_are_whole() {
        assertThat(found("South Korean intelligence says South Koreans agree with South Korea.")).containsExactly(
            "South Korea=South Korean intelligence", "South Korea=South Korea");
    }

    @Test
    void of_two_names_sharing_words_the_longer_spelling_wins_whichever_was_added_first() {
        NameMatcher shortFirst = new NameMatcher().add("Port", List.of("Port Authority")).add("Port of Riga",
            List.of("Port Authority of Riga"));
        NameMatcher longFirst = new NameMatcher().add("Port of Riga", List.of("Port Authority of Riga")).add("Port",
            List.of("Port Authority"));
        String text = "The Port Authority of Riga and the Port Authority disagree.";

        for (NameMatcher m : List.of(shortFirst, longFirst)) {
            assertThat(m.find(text).stream().map(Mention::name)).containsExactly("Port of Riga", "Port");
        }
    }

    @Test
    void a_name_added_after_a_search_is_found_by_the_next_search() {
        NameMatcher m = new NameMatcher().add("Lisbon", List.of("Lisbon"));
        assertThat(m.find("From Lisbon to Porto.")).hasSize(1);

        m.add("Porto", List.of("Porto"));

        assertThat(m.find("From Lisbon to Porto.").stream().map(Mention::name)).containsExactly("Lisbon", "Porto");
    }
}
