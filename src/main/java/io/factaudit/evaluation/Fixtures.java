package io.factaudit.evaluation;

import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import io.factaudit.sheet.Table;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The invented world of the capability suite: sources, places and people with made-up names (never
 * from an evaluation corpus or an article), and the small sheet of each topic, built once.
 */
final class Fixtures {

    /** The day every generated article is published (a Friday). */
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    /** A source as the sheet names it and as a sentence writes it. */
    record Source(String name, String written) {
    }

    static final List<Source> SOURCES = List.of(new Source("Velmora", "Velmora"), new Source("Velmora", "Velmoran officials"),
        new Source("Orlan Institute", "the Orlan Institute"), new Source("Harbor Watch", "Harbor Watch"),
        new Source("Velmora", "Tomas Verrin"));

    static final List<String> PLACES = List.of("Tarn Valley", "Osk", "Brenmoor", "the port of Selva");

    /**
     * A person of the quote and title sheets: name, surname, pronoun, sheet titles, words said, and
     * whose officer the person is (a sheet name) with the common noun for it ("the company's CEO").
     */
    record Speaker(String name, String surname, String pronoun, String titles, String words, String owner, String ownerNoun) {
    }

    static final List<Speaker> SPEAKERS = List.of(
        new Speaker("Tomas Verrin", "Verrin", "he", "interior minister",
            "The bridge at Osk will be rebuilt before the first snow", "Velmora", "country"),
        new Speaker("Ilse Marrow", "Marrow", "she", "chief executive, CEO",
            "We will not close the plant while the talks go on", "Brontec", "company"));

    /**
     * An event of the date capabilities: the sheet's wording and its other spellings, and how a
     * sentence tells it: its subject, the predicate in the past and in the base form, the noun of
     * the act with its object.
     */
    record Happening(String event, String spellings, String subject, boolean plural, String past, String base,
                     String noun) {

        /** The noun of the act alone, as a later sentence names it again: "approval", "signing". */
        String act() {
            return noun.contains(" of ") ? noun.substring(0, noun.indexOf(" of ")) : noun.substring(noun.lastIndexOf(' ') + 1);
        }
    }

    static final List<Happening> HAPPENINGS = List.of(
        new Happening("the Tarn council approved the budget", "approved the budget, council voted on the budget",
            "the Tarn council", false, "approved the budget", "approve the budget", "approval of the budget"),
        new Happening("Velmora and Korvia signed the water treaty", "signed the water treaty, signed the treaty",
            "Velmora and Korvia", true, "signed the water treaty", "sign the water treaty", "signing of the water treaty"),
        new Happening("Brontec closed the Osk plant", "closed the Osk plant, closed the plant",
            "Brontec", false, "closed the Osk plant", "close the Osk plant", "closure of the Osk plant"),
        new Happening("Harbor Watch launched the river survey", "launched the river survey, launched the survey",
            "Harbor Watch", false, "launched the river survey", "launch the river survey", "launch of the river survey"),
        new Happening("the Osk referendum", "Osk referendum, referendum in Osk", "Velmora", false, "held the Osk referendum",
            "hold the Osk referendum", "Osk referendum"));

    /** Another event of the date sheet, told with its own date beside a happening's. */
    static final String OTHER_EVENT = "the Brenmoor dam failed";

    /** The two people of the title sheets, each with the sheet's title of one form, and their organisation. */
    static final Speaker HOLDER = new Speaker("Ilse Marrow", "Marrow", "she", "", "", "Brontec", "company");
    static final Speaker OTHER = new Speaker("Tomas Verrin", "Verrin", "he", "", "", "Brontec", "company");

    private static final Map<Topic, Facts> COUNT_SHEETS = new ConcurrentHashMap<>();
    private static final Map<List<String>, Facts> TITLE_SHEETS = new ConcurrentHashMap<>();
    private static final Facts PEOPLE_SHEET = peopleSheet();
    private static final Facts EVENT_SHEET = eventSheet();

    private Fixtures() {
    }

    /** The topic's sheet: its subject and the three sources, each with an estimate. */
    static Facts sheet(Topic topic) {
        return COUNT_SHEETS.computeIfAbsent(topic, Fixtures::countSheet);
    }

    /** The sheet of the quote and title capabilities. */
    static Facts people() {
        return PEOPLE_SHEET;
    }

    /** The sheet of the date capabilities: every happening and the other event, each on a day of its own. */
    static Facts events() {
        return EVENT_SHEET;
    }

    /**
     * The probes' events, dated in the days after the probes' articles: a probe told as to come
     * ("will sign the treaty on Friday") names the sheet's event, not another occurrence of an act
     * that had already happened.
     */
    private static Facts eventSheet() {
        FactsBuilder b = new FactsBuilder("capabilities.feature", Path.of("."));
        b.names(table("name | also written as", "Velmora | ", "Korvia | ", "Brontec | ", "Harbor Watch | "));
        List<String> rows = new ArrayList<>();
        int day = 1;
        for (Happening h : HAPPENINGS) {
            rows.add(h.event() + " | " + PUBLISHED.plusDays(day++) + " | " + h.spellings());
        }
        rows.add(OTHER_EVENT + " | " + PUBLISHED.plusDays(day) + " | dam failed");
        b.events(table("event | date | also written as", rows.toArray(String[]::new)));
        return built(b);
    }

    /**
     * A sheet whose {@link #HOLDER} holds one title and {@link #OTHER} another; the names table lists
     * the organisation and a country, neither of which the titles name.
     */
    static Facts titles(String holderTitle, String otherTitle) {
        return TITLE_SHEETS.computeIfAbsent(List.of(holderTitle, otherTitle), k -> {
            FactsBuilder b = new FactsBuilder("capabilities.feature", Path.of("."));
            b.names(table("name | also written as", HOLDER.owner() + " | ", "Velmora | Velmoran government"));
            b.people(table("name | title | also written as", HOLDER.name() + " | " + holderTitle + " | " + HOLDER.surname(),
                OTHER.name() + " | " + otherTitle + " | " + OTHER.surname()));
            return built(b);
        });
    }

    private static Facts countSheet(Topic topic) {
        FactsBuilder b = new FactsBuilder("capabilities.feature", Path.of("."));
        b.names(table("name | also written as", topic.subject() + " | " + topic.spellings(),
            "Velmora | Velmoran officials, Velmoran government, Tomas Verrin, Verrin",
            "Orlan Institute | ", "Harbor Watch | "));
        b.estimates(topic.subject(), table("source | as of | count", "Velmora | 2025-03-01 | about 3,000",
            "Orlan Institute | 2025-03-02 | 2,500", "Harbor Watch | 2025-03-03 | up to 4,000"));
        return built(b);
    }

    private static Facts peopleSheet() {
        FactsBuilder b = new FactsBuilder("capabilities.feature", Path.of("."));
        b.names(table("name | also written as", "Velmora | Velmoran government", "Brontec | "));
        List<String> people = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (Speaker s : SPEAKERS) {
            people.add(s.name() + " | " + s.titles() + " | " + s.surname());
            quotes.add(s.name() + " | 2025-03-10 | " + s.words());
        }
        b.people(table("name | title | also written as", people.toArray(String[]::new)));
        b.quotes(table("speaker | date | words", quotes.toArray(String[]::new)));
        return built(b);
    }

    static Facts built(FactsBuilder b) {
        Facts facts = b.build("capabilities", 1).facts();
        if (!b.problems().isEmpty()) {
            throw new IllegalStateException("the capability sheet has problems: " + b.problems());
        }
        return facts;
    }

    static Table table(String header, String... rows) {
        List<List<String>> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        cells.add(split(header));
        lines.add(1);
        for (String row : rows) {
            cells.add(split(row));
            lines.add(lines.size() + 1);
        }
        return Table.of("capabilities.feature", cells, lines);
    }

    private static List<String> split(String row) {
        return Arrays.stream(row.split("\\|", -1)).map(String::strip).toList();
    }
}
