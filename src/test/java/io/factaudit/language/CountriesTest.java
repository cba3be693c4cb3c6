package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTest {

    private static List<String> countryWords(String text) {
        NameTokens tokens = NameTokens.of(text, new Span(0, text.length()));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isCountryWord(i)) {
                words.add(tokens.get(i).text());
            }
        }
        return words;
    }

    @Test
    void every_word_of_a_country_of_several_words_is_marked() {
        assertThat(countryWords("Envoys of the United Arab Emirates met South Korean officers.")).containsExactly(
            "United", "Arab", "Emirates", "South", "Korean");
    }

    @Test
    void possessives_abbreviations_and_diacritics_still_name_a_country() {
        assertThat(countryWords("Türkiye's envoy and a U.S. diplomat met Iran's minister.")).containsExactly("Türkiye", "U.S.",
            "Iran");
    }

    @Test
    void words_of_a_country_split_by_punctuation_are_not_one_name() {
        assertThat(countryWords("They headed south. Korea was next.")).containsExactly("Korea");
        assertThat(countryWords("A South Korean and a South, Korean")).containsExactly("South", "Korean", "Korean");
    }
}
