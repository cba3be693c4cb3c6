package io.factaudit.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("NumberReader")
class NumberReaderTest {

    private static final NumberReader READER = new NumberReader();

    private static List<Quantity> read(String text) {
        return READER.read(text, 0, 0.10);
    }

    /** The quantity whose span is exactly the given words of the text. */
    private static Quantity quantity(String text, String covering) {
        List<Quantity> all = read(text);
        return all.stream()
                .filter(q -> text.substring(q.span().start(), q.span().end()).equals(covering))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quantity covers \"" + covering + "\" in \"" + text
                        + "\"; read: " + all.stream().map(q -> "\"" + text.substring(q.span().start(), q.span().end())
                        + "\"").collect(Collectors.joining(", "))));
    }

    private static List<Long> values(String text) {
        return read(text).stream().map(Quantity::value).toList();
    }

    @Nested
    @DisplayName("reads numbers as written")
    class Numbers {

        @ParameterizedTest(name = "\"{0}\": \"{1}\" is {2}")
        @CsvSource(delimiter = '|', textBlock = """
                3,000 soldiers                              | 3,000                              | 3000
                12,000 troops                               | 12,000                             | 12000
                12 000 troops                               | 12 000                             | 12000
                a population of 1 414 021 100               | 1 414 021 100                      | 1414021100
                1,234,567 shells                            | 1,234,567                          | 1234567
                1.5 million people                          | 1.5 million                        | 1500000
                1,674.5 million                             | 1,674.5 million                    | 1674500000
                8 million artillery shells                  | 8 million                          | 8000000
                eight thousand soldiers                     | eight thousand                     | 8000
                two units                                   | two                                | 2
                Twenty-six people died                      | Twenty-six                         | 26
                fifty thousand troops                       | fifty thousand                     | 50000
                a million refugees                          | a million                          | 1000000
                a hundred houses                            | a hundred                          | 100
                a dozen villages                            | a dozen                            | 12
                three dozen eggs                            | three dozen                        | 36
                half a million people                       | half a million                     | 500000
                a quarter of a million people               | a quarter of a million             | 250000
                two and a half million people               | two and a half million             | 2500000
                one hundred and sixteen                     | one hundred and sixteen            | 116
                Three hundred and thirty one                | Three hundred and thirty one       | 331
                twenty-two hundred                          | twenty-two hundred                 | 2200
                two hundred and two thousand                | two hundred and two thousand       | 202000
                one million two thousand                    | one million two thousand           | 1002000
                nine hundred and ninety-nine thousand, nine hundred and ninety-nine | nine hundred and ninety-nine thousand, nine hundred and ninety-nine | 999999
                4 thousand 3 hundred and 21                 | 4 thousand 3 hundred and 21        | 4321
                three hundred and two dozen                 | three hundred and two dozen        | 324
                a temperature of minus 5                    | minus 5                            | -5
                zero casualties                             | zero                               | 0
                Let's try one last time                     | one                                | 1
                one soldier was killed                      | one                                | 1
                """)
        void should_read_the_value(String text, String covering, long value) {
            assertThat(quantity(text, covering).value()).isEqualTo(value);
        }

        @Test
        void should_read_a_narrow_no_break_space_as_a_thousands_separator() {
            assertThat(quantity("40\u202f000 troops", "40\u202f000").value()).isEqualTo(40_000);
        }

        @ParameterizedTest(name = "\"{0}\" holds {1}")
        @CsvSource(delimiter = '|', textBlock = """
                3 hundred and 2 hundred are two numbers  | 300, 200, 2
                4000 3 hundred and 21                    | 4000, 321
                1, 234, 567                              | 1, 234, 567
                Exercises 22,24,26                       | 22, 24, 26
                423 0000                                 | 423, 0
                4 thousand 3 hundred and 0               | 4300, 0
                two million, three were hurt             | 2000000, 3
                """)
        void should_keep_numbers_apart_when_they_do_not_combine(String text, String expected) {
            List<Long> want = java.util.Arrays.stream(expected.split(",\\s*")).map(Long::valueOf).toList();
            assertThat(values(text)).isEqualTo(want);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {
            "one of the soldiers was wounded", "no one knows", "The one you mentioned is invalid",
            "Which one do you prefer?", "one can only guess", "Air Force One landed", "one another",
            "two-thirds of the buildings", "three quarters of them", "two thirds of a million", "a current student last semester",
            "The minister said nothing new."})
        void should_read_no_count_in_pronouns_fractions_and_plain_words(String text) {
            assertThat(read(text)).noneMatch(Quantity::isCount);
        }
    }

    @Nested
    @DisplayName("widens hedged numbers into intervals")
    class Hedges {

        @ParameterizedTest(name = "\"{0}\" allows {1}..{2}")
        @CsvSource(delimiter = '|', textBlock = """
                about 3,000                        | 2700    | 3300
                around 3,000                       | 2700    | 3300
                approximately 3,000                | 2700    | 3300
                roughly 11,000                     | 9900    | 12100
                some 10,000                        | 9000    | 11000
                an estimated 3,000                 | 2700    | 3300
                close to 3,000                     | 2700    | 3300
                10,000 or so                       | 9000    | 11000
                nearly 1,000                       | 900     | 1000
                almost 1,000                       | 900     | 1000
                just under 1,000                   | 900     | 1000
                at least 10,000                    | 10000   |
                more than 11,000                   | 11000   |
                over 47,000                        | 47000   |
                above 36,000                       | 36000   |
                upwards of 5,000                   | 5000    |
                in excess of 5,000                 | 5000    |
                5,000 or more                      | 5000    |
                5,000-plus                         | 5000    |
                5,000+                             | 5000    |
                the toll passes 5,000              | 5000    |
                the toll topped 10,000             | 10000   |
                could climb past 20,000            | 20000   |
                up to 8,000                        |         | 8000
                as many as 8,000                   |         | 8000
                fewer than a thousand              |         | 1000
                less than 3000                     |         | 3000
                under 170                          |         | 170
                below 170                          |         | 170
                no more than 50                    |         | 50
                500 or fewer                       |         | 500
                about five hundred or more         | 500     |
                exactly 912                        | 912     | 912
                """)
        void should_widen_the_number(String text, Long low, Long high) {
            Quantity q = read(text).get(0);
            assertThat(q.interval()).isEqualTo(new Interval(low, high));
            assertThat(text.substring(q.span().start(), q.span().end())).as("the span covers the hedge")
                    .isEqualTo(text.replaceFirst("^(the toll |could climb )", "").trim());
        }

        @Test
        void should_take_the_tolerance_of_about_from_the_caller() {
            assertThat(READER.read("about 3,000", 0, 0.20).get(0).interval()).isEqualTo(new Interval(2400L, 3600L));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"in the past 24 hours", "they took over 3 villages", "rose to 42,310"})
        void should_not_take_other_words_for_hedges(String text) {
            assertThat(read(text).get(0).hedge()).isEqualTo(Hedge.EXACT);
        }

        @Test
        void should_reject_a_tolerance_outside_zero_to_one() {
            assertThatThrownBy(() -> READER.read("about 3,000", 0, 1.5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tolerance");
        }
    }

    @Nested
    @DisplayName("reads ranges")
    class Ranges {

        @ParameterizedTest(name = "\"{0}\": \"{1}\" is {2}..{3}")
        @CsvSource(delimiter = '|', textBlock = """
                between 20 and 30 people                  | between 20 and 30                        | 20       | 30
                20 to 30 people                           | 20 to 30                                 | 20       | 30
                20-30 people                              | 20-30                                    | 20       | 30
                20–30 people                              | 20–30                                    | 20       | 30
                1000 - 5000                               | 1000 - 5000                              | 1000     | 5000
                from 200 to 300                           | from 200 to 300                          | 200      | 300
                two or three soldiers                     | two or three                             | 2        | 3
                out of 11,000 to 12,000 in Russia         | 11,000 to 12,000                         | 11000    | 12000
                out of 11 to 12,000 in Russia             | 11 to 12,000                             | 11000    | 12000
                between 20 and 30 million                 | between 20 and 30 million                | 20000000 | 30000000
                900 to 1,000 people                       | 900 to 1,000                             | 900      | 1000
                more than 10 and less than 40             | more than 10 and less than 40            | 10       | 40
                at most 100 and at least 20               | at most 100 and at least 20              | 20       | 100
                """)
        void should_read_the_interval(String text, String covering, long low, long high) {
            Quantity q = quantity(text, covering);
            assertThat(q.interval()).isEqualTo(new Interval(low, high));
            assertThat(q.hedge()).isEqualTo(Hedge.RANGE);
            assertThat(q.value()).as("the value of a range is its upper number").isEqualTo(high);
        }

        @Test
        void should_widen_a_range_that_is_about() {
            Quantity q = quantity("about 20 to 30 people", "about 20 to 30");
            assertThat(q.interval()).isEqualTo(new Interval(18L, 33L));
            assertThat(q.value()).isEqualTo(30);
        }

        @Test
        void should_widen_a_range_below_zero_outwards() {
            assertThat(quantity("about -20 to -19 degrees", "about -20 to -19 degrees").interval())
                    .isEqualTo(new Interval(-22L, -17L));
        }

        @Test
        void should_read_a_range_of_a_count_and_an_unseparated_figure_as_a_count() {
            Quantity q = quantity("between 1,500 and 2000 soldiers", "between 1,500 and 2000");
            assertThat(q.measure()).isEqualTo(Measure.COUNT);
            assertThat(q.interval()).isEqualTo(new Interval(1500L, 2000L));
        }

        @Test
        void should_read_a_range_of_money() {
            Quantity q = quantity("at between $1.7 billion and $5.5 billion", "between $1.7 billion and $5.5 billion");
            assertThat(q.measure()).isEqualTo(Measure.MONEY);
            assertThat(q.interval()).isEqualTo(new Interval(1_700_000_000L, 5_500_000_000L));
        }

        @Test
        void should_read_a_change_as_two_figures() {
            assertThat(read("the toll rose from 41,156 to 42,310"))
                    .extracting(Quantity::interval)
                    .containsExactly(Interval.exactly(41_156), Interval.exactly(42_310));
        }

        @Test
        void should_keep_bounds_apart_that_make_no_range() {
            assertThat(read("More than 40 and less than 10 are two ranges"))
                    .extracting(Quantity::interval)
                    .startsWith(Interval.atLeast(40), Interval.upTo(10));
        }

        @Test
        void should_read_a_score_as_no_range() {
            assertThat(read("a 3-1 win")).extracting(Quantity::measure).containsOnly(Measure.DECIMAL);
        }
    }

    @Nested
    @DisplayName("reads vague amounts as documented bounds")
    class VagueAmounts {

        @ParameterizedTest(name = "\"{0}\" allows {2}..{3}")
        @CsvSource(delimiter = '|', textBlock = """
                dozens of people were hurt          | dozens                 | 24      | 199
                scores of houses                    | scores                 | 40      | 199
                hundreds of soldiers                | hundreds               | 100     | 999
                thousands of aftershocks            | thousands              | 1000    | 9999
                tens of thousands of refugees       | tens of thousands      | 10000   | 99999
                hundreds of thousands of people     | hundreds of thousands  | 100000  | 999999
                millions of people                  | millions               | 1000000 | 9999999
                several hundred troops              | several hundred        | 200     | 999
                a few thousand troops               | a few thousand         | 2000    | 9999
                more than a dozen soldiers          | more than a dozen      | 12      |
                """)
        void should_read_the_bounds(String text, String covering, Long low, Long high) {
            Quantity q = quantity(text, covering);
            assertThat(q.interval()).isEqualTo(new Interval(low, high));
            assertThat(q.measure()).isEqualTo(Measure.COUNT);
        }

        @Test
        void should_never_read_thousands_of_as_exactly_a_thousand() {
            assertThat(quantity("thousands of soldiers", "thousands").interval())
                    .isNotEqualTo(Interval.exactly(1000));
        }

        @Test
        void should_open_a_bound_of_a_vague_amount_when_hedged() {
            assertThat(quantity("more than thousands of people", "more than thousands").interval())
                    .isEqualTo(Interval.atLeast(1000));
        }

        @Test
        void should_measure_a_vague_amount_by_what_follows_of() {
            assertThat(quantity("millions of dollars", "millions of dollars").measure()).isEqualTo(Measure.MONEY);
        }
    }

    @Nested
    @DisplayName("says what each number measures")
    class Measures {

        @ParameterizedTest(name = "\"{0}\": \"{1}\" is {2}")
        @CsvSource(delimiter = '|', textBlock = """
                pledged $5.5 billion in aid                 | $5.5 billion                | MONEY
                promised 100 billion lira for rebuilding    | 100 billion lira            | MONEY
                a $14bn package                             | $14bn                       | MONEY
                €3 million in aid                           | €3 million                  | MONEY
                1.7 billion dollars                         | 1.7 billion dollars         | MONEY
                100 billion won                             | 100 billion won             | MONEY
                5 million rubles                            | 5 million rubles            | MONEY
                2 million euros                             | 2 million euros             | MONEY
                3 million pounds                            | 3 million pounds            | MONEY
                US$20 million                               | US$20 million               | MONEY
                a £3m grant                                 | £3m                         | MONEY
                a 10m wall                                  | 10m                         | DISTANCE
                at least 80 percent of the buildings        | at least 80 percent         | PERCENT
                about 4% of output                          | about 4%                    | PERCENT
                20 per cent                                 | 20 per cent                 | PERCENT
                more than 7,300 kilometers away             | more than 7,300 kilometers  | DISTANCE
                some 95 kilometres to the north             | some 95 kilometres          | DISTANCE
                10 km deep                                  | 10 km                       | DISTANCE
                14°C Cloudy                                 | 14°C                        | TEMPERATURE
                minus 5 degrees                             | minus 5 degrees             | TEMPERATURE
                a war since 1953                            | 1953                        | YEAR
                in 2024 the toll rose                       | 2024                        | YEAR
                the 1950-53 Korean War                      | 1950-53                     | YEAR
                since the 1990s                             | 1990s                       | YEAR
                2023's deadliest quake                      | 2023's                      | YEAR
                by mid-2023                                 | 2023                        | YEAR
                on Oct. 8 and Oct. 13                       | 8                           | DATE
                on February 6                               | 6                           | DATE
                by Dec. 4                                   | 4                           | DATE
                on 6 February 2023                          | 6                           | DATE
                on 6 February 2023                          | 2023                        | YEAR
                signed on June 19, 2024                     | 19                          | DATE
                on November 8th                             | 8th                         | DATE
                struck at 4:17 a.m. local time              | 4:17 a.m.                   | TIME
                at 04:17 local time                         | 04:17                       | TIME
                at 8:04 p.m. on Monday                      | 8:04 p.m.                   | TIME
                after 248 hours                             | 248 hours                   | DURATION
                not fought in 24 years                      | 24 years                    | DURATION
                for three months                            | three months                | DURATION
                a three-month state of emergency            | three-month                 | DURATION
                two weeks after                             | two weeks                   | DURATION
                a 41-year-old teacher                       | 41-year-old                 | AGE
                a girl aged 17                              | aged 17                     | AGE
                he is 30 years old                          | 30 years old                | AGE
                men in their 20s                            | 20s                         | AGE
                the first contingent                        | first                       | ORDINAL
                the 11th Corps                              | 11th                        | ORDINAL
                the ninth day                               | ninth                       | ORDINAL
                a magnitude 7.8 earthquake                  | magnitude 7.8               | DECIMAL
                the 7.8-magnitude earthquake                | 7.8-magnitude               | DECIMAL
                followed by a 5.8.                          | 5.8                         | DECIMAL
                Article 5 of the treaty                     | Article 5                   | LABEL
                in issue 112                                | issue 112                   | LABEL
                F-16 jets                                   | F-16                        | LABEL
                the G7 summit                               | G7                          | LABEL
                at 192.168.1.2                              | 192                         | LABEL
                400 tonnes of aid                           | 400 tonnes                  | OTHER_UNIT
                a 12,000-strong force                       | 12,000-strong               | COUNT
                """)
        void should_name_the_measure(String text, String covering, Measure measure) {
            assertThat(quantity(text, covering).measure()).isEqualTo(measure);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"a three-month state of emergency", "the 7.5-magnitude quake", "a 24-hour curfew",
            "a 10-point plan", "a five-storey building", "a 400-metre stretch", "a 41-year-old teacher"})
        void should_never_read_a_hyphenated_adjective_as_a_count(String text) {
            assertThat(read(text)).isNotEmpty().noneMatch(Quantity::isCount);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"about 2000 people", "more than 1900 soldiers", "1,999 people", "2,024 soldiers"})
        void should_read_a_hedged_or_separated_figure_as_a_count_not_a_year(String text) {
            assertThat(read(text).get(0).measure()).isEqualTo(Measure.COUNT);
        }

        @Test
        void should_give_the_unit_as_written() {
            assertThat(quantity("100 billion Turkish lira", "100 billion Turkish lira").unit()).isEqualTo("Turkish lira");
            assertThat(quantity("$5.5 billion", "$5.5 billion").unit()).isEqualTo("$");
            assertThat(quantity("3,000 soldiers", "3,000").unit()).isEmpty();
        }

        @Test
        void should_read_a_decade_as_its_years() {
            assertThat(quantity("the 1990s", "1990s").interval()).isEqualTo(new Interval(1990L, 1999L));
        }

        @Test
        void should_allow_the_whole_numbers_around_a_fraction() {
            assertThat(quantity("magnitude 7.8", "magnitude 7.8").interval()).isEqualTo(new Interval(7L, 8L));
        }
    }

    @Nested
    @DisplayName("locates quantities")
    class Spans {

        @Test
        void should_give_absolute_offsets_covering_the_hedge() {
            String sentence = "Seoul said about 3,000 soldiers had left.";
            Quantity q = READER.read(sentence, 100, 0.10).get(0);
            assertThat(q.span().start()).isEqualTo(100 + sentence.indexOf("about"));
            assertThat(q.span().end()).isEqualTo(100 + sentence.indexOf(" soldiers"));
        }

        @Test
        void should_read_every_quantity_in_order() {
            assertThat(read("about 300 have been killed and 2,700 wounded, with 11,000 to 12,000 in Russia"))
                    .extracting(Quantity::interval)
                    .containsExactly(new Interval(270L, 330L), Interval.exactly(2700), new Interval(11_000L, 12_000L));
        }

        @Test
        void should_read_nothing_in_an_empty_text() {
            assertThat(read("")).isEmpty();
        }
    }
}
