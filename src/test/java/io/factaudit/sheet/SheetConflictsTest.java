package io.factaudit.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.input.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetConflictsTest {

    private static ScenarioFacts sheet(String uri, String... estimates) {
        FactsBuilder b = new FactsBuilder(uri, Path.of("."));
        b.names(Table.of(uri, List.of(List.of("name", "also written as"), List.of("South Korea", "Seoul")), List.of(1, 2)));
        List<List<String>> cells = new java.util.ArrayList<>();
        List<Integer> lines = new java.util.ArrayList<>();
        cells.add(List.of("source", "as of", "count"));
        lines.add(5);
        for (String e : estimates) {
            cells.add(List.of(e.split("\\|")).stream().map(String::strip).toList());
            lines.add(5 + cells.size() - 1);
        }
        b.estimates("North Korean troops", Table.of(uri, cells, lines));
        return b.build("s", 4);
    }

    @Test
    void two_sheets_that_state_one_sources_estimate_differently_are_named() {
        List<Problem> problems = SheetConflicts.among(List.of(
            sheet("features/a.feature", "South Korea | 2024-10-23 | about 3,000", "South Korea | 2024-10-23 | about 10,000"),
            sheet("features/b.feature", "South Korea | 2024-10-23 | 5,000")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("features/b.feature");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).isEqualTo("this estimate of North Korean troops by South Korea as of 2024-10-23 (5,000)"
                + " contradicts features/a.feature:6 (about 3,000): articles cannot agree with both; make the sheets agree");
        });
    }

    @Test
    void sheets_that_agree_or_give_other_dates_are_fine() {
        assertThat(SheetConflicts.among(List.of(
            sheet("features/a.feature", "South Korea | 2024-10-23 | about 3,000"),
            sheet("features/b.feature", "South Korea | 2024-10-23 | 3,100", "South Korea | 2024-10-24 | 9,000")))).isEmpty();
    }
}
