package io.factaudit.sheet;

import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.quantity.Interval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one scenario's facts step by step, as an editor states them. Both the Cucumber steps and
 * the sheet reader of the command line go through here, so a sheet means the same everywhere.
 * A bad row is named as a problem (sheet and line, what to do) and left out; the rest still counts.
 */
public final class FactsBuilder {

    private final String uri;
    private final Path sheetFolder;
    private final List<ArticleScope> scopes = new ArrayList<>();
    private final List<Name> names = new ArrayList<>();
    private final List<PendingEstimate> estimates = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<KnownQuote> quotes = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final PlacesBuilder places;
    private Policy policy = Policy.DEFAULT;

    private record PendingEstimate(String subject, String source, LocalDate asOf, CountCell count, String cell,
                                   String note, FactLocation where, String place) {
    }

    /**
     * @param uri         the sheet as reported (relative to the project root when inside it)
     * @param sheetFolder the folder the sheet is in: relative article paths start there
     */
    public FactsBuilder(String uri, Path sheetFolder) {
        this.uri = uri;
        this.sheetFolder = sheetFolder;
        this.places = new PlacesBuilder(uri);
    }

    public void articlesIn(String folder, int line) {
        Path path = sheetFolder.resolve(folder).normalize();
        if (!Files.isDirectory(path)) {
            problems.add(new Problem(uri, line, "the folder \"" + folder + "\" does not exist (looked for " + path
                + "): a relative folder is read from the sheet's own folder"));
            return;
        }
        scopes.add(new ArticleScope(path, true, new FactLocation(uri, line)));
    }

    public void article(String file, int line) {
        Path path = sheetFolder.resolve(file).normalize();
        if (!Files.isRegularFile(path)) {
            problems.add(new Problem(uri, line, "the article \"" + file + "\" does not exist (looked for " + path
                + "): a relative path is read from the sheet's own folder"));
            return;
        }
        scopes.add(new ArticleScope(path, false, new FactLocation(uri, line)));
    }

    public void names(Table table) {
        if (!require(table, List.of("name"), List.of("also written as"))) {
            return;
        }
        Map<String, String> owner = new HashMap<>();
        for (Name existing : names) {
            existing.spellings().forEach(s -> owner.put(key(s), existing.name()));
        }
        for (Table.Row row : table.rows()) {
            String name = table.cell(row, "name");
            if (name.isEmpty()) {
                problems.add(new Problem(uri, row.line(), "this row has no name: fill in the name column or remove the row"));
                continue;
            }
            if (owner.containsKey(key(name)) && owner.get(key(name)).equalsIgnoreCase(name)) {
                problems.add(new Problem(uri, row.line(), "the name \"" + name + "\" is listed twice: keep one row and"
                    + " put every other spelling in its \"also written as\" cell"));
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : splitList(table.cell(row, "also written as"))) {
                String other = owner.get(key(alias));
                if (other != null && !other.equalsIgnoreCase(name)) {
                    problems.add(new Problem(uri, row.line(), "\"" + alias + "\" is written as both \"" + other + "\" and \""
                        + name + "\": an alias may belong to one name only, so it is left out here"));
                    continue;
                }
                owner.put(key(alias), name);
                aliases.add(alias);
            }
            owner.put(key(name), name);
            names.add(new Name(name, aliases, new FactLocation(uri, row.line())));
        }
    }

    public void estimates(String subject, Table table) {
        if (!require(table, List.of("source", "as of", "count"), List.of("where", "note"))) {
            return;
        }
        for (Table.Row row : table.rows()) {
            FactLocation where = new FactLocation(uri, row.line());
            String source = table.cell(row, "source");
            String cell = table.cell(row, "count");
            LocalDate asOf = date(table.cell(row, "as of"), row.line(), "as of");
            var count = CountCell.parse(cell);
            if (count.isEmpty()) {
                problems.add(new Problem(uri, row.line(), "the count \"" + cell + "\" is not a count: write 3,000,"
                    + " about 10,000, at least 10,000, more than 10,000, up to 8,000 or 11,000 to 12,000"));
            }
            if (source.isEmpty()) {
                problems.add(new Problem(uri, row.line(), "this estimate has no source: name who gave the figure"));
            }
            if (asOf != null && count.isPresent() && !source.isEmpty()) {
                estimates.add(new PendingEstimate(subject, source, asOf, count.get(), cell, table.cell(row, "note"), where,
                    table.cell(row, "where")));
            }
        }
    }

    /** "Given these places:" ({@code place | within}): the places counts are kept for, and which holds which. */
    public void places(Table table) {
        if (require(table, List.of("place"), List.of("within"))) {
            places.add(table, problems);
        }
    }

    public void milestones(String subject, Table table) {
        if (!require(table, List.of("state", "from"), List.of("also written as"))) {
            return;
        }
        for (Table.Row row : table.rows()) {
            String state = table.cell(row, "state");
            LocalDate from = date(table.cell(row, "from"), row.line(), "from");
            if (state.isEmpty()) {
                problems.add(new Problem(uri, row.line(), "this milestone has no state: say what the subject is from that date"));
            } else if (from != null) {
                milestones.add(new Milestone(subject, state, from, splitList(table.cell(row, "also written as")),
                    new FactLocation(uri, row.line())));
            }
        }
    }

    public void quotes(Table table) {
        if (!require(table, List.of("speaker", "date", "words"), List.of())) {
            return;
        }
        for (Table.Row row : table.rows()) {
            String speaker = table.cell(row, "speaker");
            String words = table.cell(row, "words");
            LocalDate date = date(table.cell(row, "date"), row.line(), "date");
            if (speaker.isEmpty() || words.isEmpty()) {
                problems.add(new Problem(uri, row.line(), "a quote needs both a speaker and the exact words"));
            } else if (date != null) {
                quotes.add(new KnownQuote(speaker, date, words, new FactLocation(uri, row.line())));
            }
        }
    }

    public void people(Table table) {
        if (!require(table, List.of("name", "title"), List.of("also written as"))) {
            return;
        }
        for (Table.Row row : table.rows()) {
            String name = table.cell(row, "name");
            List<String> titles = splitList(table.cell(row, "title"));
            if (name.isEmpty() || titles.isEmpty()) {
                problems.add(new Problem(uri, row.line(), "a person needs a name and at least one title"));
                continue;
            }
            people.add(new Person(name, titles, splitList(table.cell(row, "also written as")), new FactLocation(uri, row.line())));
        }
    }

    public void events(Table table) {
        if (!require(table, List.of("event", "date"), List.of("also written as"))) {
            return;
        }
        for (Table.Row row : table.rows()) {
            String event = table.cell(row, "event");
            LocalDate date = date(table.cell(row, "date"), row.line(), "date");
            if (event.isEmpty()) {
                problems.add(new Problem(uri, row.line(), "this row has no event: describe what happened"));
            } else if (date != null) {
                events.add(new Event(event, date, splitList(table.cell(row, "also written as")), new FactLocation(uri, row.line())));
            }
        }
    }

    /** "Given counts within 5% agree". */
    public void tolerance(double percent, int line) {
        if (percent < 0 || percent >= 100) {
            problems.add(new Problem(uri, line, "a tolerance of " + percent + "% makes no sense: use a percentage from 0 to 99"));
            return;
        }
        policy = policy.withTolerance(percent / 100.0);
    }

    public void warningsFail() {
        policy = policy.failingOnWarnings();
    }

    /** Problems found so far, in the order they were found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The scenario's facts; estimates whose source is not a sheet name are named as problems and left out. */
    public ScenarioFacts build(String scenario, int line) {
        List<Name> allNames = new ArrayList<>(names);
        for (PlacesBuilder.Row r : places.rows()) {
            if (findName(r.place()) == null) {
                allNames.add(new Name(r.place(), List.of(), new FactLocation(uri, r.line()))); // every place is a name
            }
        }
        List<Place> builtPlaces = places.build(this::canonical, problems);
        List<Estimate> built = new ArrayList<>();
        for (PendingEstimate e : estimates) {
            if (findName(e.source()) == null) {
                problems.add(new Problem(uri, e.where().line(), "the source \"" + e.source() + "\" is not a name of this sheet:"
                    + " add it to \"these names\" (with how else it is written) or use one of "
                    + names.stream().map(Name::name).toList()));
                continue;
            }
            String place = e.place().isEmpty() ? null : PlacesBuilder.placeOf(e.place(), e.where(), builtPlaces,
                this::canonical, problems);
            if (!e.place().isEmpty() && place == null) {
                continue;
            }
            Interval interval = e.count().interval(policy.aboutTolerance());
            built.add(new Estimate(canonical(e.subject()), findName(e.source()).name(), e.asOf(), interval, e.cell(), e.note(),
                e.where(), place));
        }
        Facts facts = new Facts(allNames, built, milestones.stream().map(m -> new Milestone(canonical(m.subject()), m.state(),
            m.from(), m.aliases(), m.where())).toList(), quotes, people, events, policy, builtPlaces);
        return new ScenarioFacts(uri, scenario, line, scopes, facts);
    }

    private String canonical(String name) {
        Name found = findName(name);
        return found == null ? name : found.name();
    }

    private Name findName(String spelling) {
        String k = key(spelling);
        for (Name n : names) {
            if (n.spellings().stream().anyMatch(s -> key(s).equals(k))) {
                return n;
            }
        }
        return null;
    }

    private boolean require(Table table, List<String> required, List<String> optional) {
        if (!optional.contains("where") && table.column("where") >= 0) {
            problems.add(new Problem(uri, table.line(), "the table has a \"where\" column, but only an estimates table"
                + " counts by place: remove the column (its columns must be " + String.join(" | ", required)
                + (optional.isEmpty() ? "" : ", optionally " + String.join(", ", optional)) + ")"));
            return false;
        }
        try {
            table.requireColumns(required, optional);
            return true;
        } catch (InputException e) {
            problems.add(e.problem());
            return false;
        }
    }

    private LocalDate date(String cell, int line, String column) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(uri, line, "the " + column + " date \"" + cell + "\" is not a date: write it as"
                + " YYYY-MM-DD, e.g. 2024-10-23"));
            return null;
        }
    }

    static List<String> splitList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
