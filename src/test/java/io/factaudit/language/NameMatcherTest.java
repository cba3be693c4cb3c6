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
}
