package io.factaudit.claim;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import io.factaudit.sheet.Table;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small fact sheets and articles for tests, written the way an editor writes them. */
public final class SheetFixture {

    private final FactsBuilder builder = new FactsBuilder("features/test.feature", Path.of("."));
    private int line = 1;

    public SheetFixture names(String... rows) {
        builder.names(table("name | also written as", rows));
        return this;
    }

    public SheetFixture estimates(String subject, String... rows) {
        builder.estimates(subject, table("source | as of | count", rows));
        return this;
    }

    /** Rows of "speaker | date | words". */
    public SheetFixture quotes(String... rows) {
        builder.quotes(table("speaker | date | words", rows));
        return this;
    }

    /** Rows of "name | title | also written as", titles and spellings separated by commas. */
    public SheetFixture people(String... rows) {
        builder.people(table("name | title | also written as", rows));
        return this;
    }

    public Facts facts() {
        return builder.build("test", 1).facts();
    }

    public FactsBuilder builder() {
        return builder;
    }

    /** A table from "a | b" rows, the first being the header; each row on its own line. */
    public Table table(String header, String... rows) {
        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        cells.add(split(header));
        lines.add(line++);
        for (String row : rows) {
            cells.add(split(row));
            lines.add(line++);
        }
        return Table.of("features/test.feature", cells, lines);
    }

    private static List<String> split(String row) {
        return Arrays.stream(row.split("\\|", -1)).map(String::strip).toList();
    }

    public static Document document(String text, String published) {
        return new Document(new Article("articles/test.txt", text, published == null ? null : LocalDate.parse(published),
            LineMap.of(text)));
    }

    /** The troops sheet most tests use: three sources, one subject. */
    public static SheetFixture troops() {
        return new SheetFixture()
            .names("North Korean troops | North Korean soldiers, DPRK troops, North Korean forces",
                "South Korea | National Intelligence Service, NIS, Seoul, South Korea's spy agency",
                "United States | US, U.S., Pentagon, Washington, Lloyd Austin, Austin",
                "Ukraine | Kyiv, Ukrainian officials, Volodymyr Zelensky, Zelensky",
                "NATO | Mark Rutte")
            .estimates("North Korean troops",
                "South Korea | 2024-10-18 | about 1,500",
                "South Korea | 2024-10-18 | 12,000",
                "South Korea | 2024-10-23 | about 3,000",
                "South Korea | 2024-10-23 | about 10,000",
                "United States | 2024-10-28 | about 10,000",
                "United States | 2024-10-31 | up to 8,000",
                "United States | 2024-11-04 | 11,000 to 12,000",
                "Ukraine | 2024-10-22 | up to 12,000");
    }

    /** A places sheet of fire deaths: one source with one figure for the county, two towns within it. */
    public static Facts fireDeathsInPlaces() {
        SheetFixture sheet = new SheetFixture().names("fire deaths | deaths, dead, died, killed, toll",
            "Fire Service | service", "Harlow | ", "Denton | ", "Marsh County | ");
        sheet.builder().places(sheet.table("place | within", "Marsh County |", "Harlow | Marsh County", "Denton | Marsh County"));
        return sheet.estimates("fire deaths", "Fire Service | 2031-07-01 | 20").facts();
    }

    /** The counts read in a text of a given day against a sheet. */
    public static List<CountClaim> counts(String text, String published, Facts facts) {
        return new CountReader().read(document(text, published), facts).stream().map(CountClaim.class::cast).toList();
    }
}
