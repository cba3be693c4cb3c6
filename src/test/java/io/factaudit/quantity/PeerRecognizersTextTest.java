package io.factaudit.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the English number and number-range specifications of Microsoft Recognizers-Text
 * (src/test/resources/peer/recognizers-text) and checks that the number reader agrees with them
 * on the forms news uses ({@link PeerScope}). A few disagreements are allowed, since the two
 * readers differ on purpose in places; fewer than 90% in agreement fails, listing each.
 */
@DisplayName("The number reader agrees with Recognizers-Text on the forms news uses")
class PeerRecognizersTextTest {

    private static final double REQUIRED = 0.90;
    private final NumberReader reader = new NumberReader();

    @Test
    @DisplayName("numbers: each number they read, we read, with the same value at the same place")
    void should_read_the_numbers_of_the_number_model() {
        assertAgreement("NumberModel", this::numbersAgree);
    }

    @Test
    @DisplayName("ranges: each range they read, we read as the same interval; we hedge nothing else")
    void should_read_the_intervals_of_the_range_model() {
        assertAgreement("NumberRangeModel", this::rangesAgree);
    }

    @ParameterizedTest(name = "\"{0}\" is out of scope: {1}")
    @DisplayName("cases are left out by their form")
    @CsvSource(delimiter = '|', textBlock = """
            two thirds                  | an ordinal or fraction
            the May 4th                 | an ordinal or fraction
            10k                         | letters glued to digits
            x>10 and y<20               | mathematical notation
            In some countries 5,00      | digit grouping of another locale
            either 10 bln or 10 tln     | a multiplier that is not an English cardinal
            """)
    void should_leave_cases_out_by_their_form(String input, String reason) {
        PeerCase c = new PeerCase("example", input, List.of());
        if (input.contains("bln")) {
            c = new PeerCase("example", input, List.of(new PeerCase.Result("10 bln", 7, 12, "integer",
                    BigDecimal.TEN, BigDecimal.TEN, false)));
        }
        assertThat(PeerScope.excluded(c)).hasValueSatisfying(why -> assertThat(why).startsWith(reason));
    }

    @Test
    void should_keep_the_forms_of_news_writing_in_scope() {
        PeerCase c = new PeerCase("example", "Fewer than a thousand giant pandas still live in the wild.",
                List.of(new PeerCase.Result("fewer than a thousand", 0, 20, "", null, new BigDecimal(1000), true)));
        assertThat(PeerScope.excluded(c)).isEmpty();
    }

    private interface Agreement {
        /** Why our reading disagrees with the case, or null when it agrees. */
        String disagreement(PeerCase c, List<Quantity> read);
    }

    private void assertAgreement(String model, Agreement agreement) {
        List<PeerCase> cases = PeerCase.load("/peer/recognizers-text/" + model + ".json");
        List<PeerCase> inScope = cases.stream().filter(c -> PeerScope.excluded(c).isEmpty()).toList();
        List<String> disagreements = new ArrayList<>();
        for (PeerCase c : inScope) {
            String why = agreement.disagreement(c, reader.read(c.input(), 0, 0.10));
            if (why != null) {
                disagreements.add(c.id() + " \"" + c.input() + "\": " + why);
            }
        }
        int agreeing = inScope.size() - disagreements.size();
        System.out.printf("Recognizers-Text %s: %d of %d in-scope cases agree (%.1f%%), %d cases out of scope%n",
                model, agreeing, inScope.size(), 100.0 * agreeing / inScope.size(), cases.size() - inScope.size());
        cases.stream().map(PeerScope::excluded).flatMap(java.util.Optional::stream)
                .collect(Collectors.groupingBy(why -> why.replaceFirst(":.*", ""), java.util.TreeMap::new,
                        Collectors.counting()))
                .forEach((why, n) -> System.out.printf("  out of scope, %s: %d%n", why, n));
        disagreements.forEach(d -> System.out.println("  disagrees: " + d));
        assertThat(inScope).as("in-scope cases of " + model).isNotEmpty();
        assertThat((double) agreeing / inScope.size())
                .as("share of in-scope %s cases that agree; disagreements:%n%s", model,
                        String.join(System.lineSeparator(), disagreements))
                .isGreaterThanOrEqualTo(REQUIRED);
    }

    private String numbersAgree(PeerCase c, List<Quantity> read) {
        List<PeerCase.Result> expected = c.results();
        boolean same = expected.size() == read.size();
        for (int i = 0; same && i < expected.size(); i++) {
            PeerCase.Result e = expected.get(i);
            Quantity q = read.get(i);
            same = e.low().compareTo(BigDecimal.valueOf(q.value())) == 0
                    && e.overlaps(q.span().start(), q.span().end());
        }
        return same ? null : "expected " + describeExpected(expected) + ", read " + describe(c, read);
    }

    private String rangesAgree(PeerCase c, List<Quantity> read) {
        for (PeerCase.Result e : c.results()) {
            if (read.stream().noneMatch(q -> matches(e, q))) {
                return "missed " + e.describe() + ", read " + describe(c, read);
            }
        }
        for (Quantity q : read) {
            if (q.hedge() != Hedge.EXACT && c.results().stream().noneMatch(e -> matches(e, q))) {
                return "read " + describe(c, List.of(q)) + ", expected " + describeExpected(c.results());
            }
        }
        return null;
    }

    private static boolean matches(PeerCase.Result e, Quantity q) {
        return e.overlaps(q.span().start(), q.span().end())
                && sameBound(e.low(), q.interval().low()) && sameBound(e.high(), q.interval().high());
    }

    private static boolean sameBound(BigDecimal expected, Long read) {
        return expected == null ? read == null : read != null && expected.compareTo(BigDecimal.valueOf(read)) == 0;
    }

    private static String describeExpected(List<PeerCase.Result> results) {
        return results.isEmpty() ? "nothing"
                : results.stream().map(PeerCase.Result::describe).collect(Collectors.joining(", "));
    }

    private static String describe(PeerCase c, List<Quantity> read) {
        if (read.isEmpty()) {
            return "nothing";
        }
        return read.stream()
                .map(q -> "\"" + c.input().substring(q.span().start(), q.span().end()) + "\" "
                        + Objects.toString(q.interval().low(), "") + ".." + Objects.toString(q.interval().high(), "")
                        + " " + q.measure())
                .collect(Collectors.joining(", "));
    }
}
