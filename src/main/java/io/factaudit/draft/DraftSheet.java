package io.factaudit.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a draft in the fact-sheet language: a Background with the articles and names, then one
 * scenario per kind of fact, each row citing in its note the article lines that state it. The
 * draft parses and runs as it is; an editor verifies each row against the articles before keeping it.
 */
public final class DraftSheet {

    /** A note quotes this much of the figure's words at most. */
    private static final int NOTE_WORDS = 60;

    private final Draft draft;
    private final Path folder;
    private final String prefix;

    /** @param folder where the draft will be written: the articles' folder is written relative to it */
    public DraftSheet(Draft draft, Path folder) {
        this.draft = draft;
        this.folder = folder.toAbsolutePath().normalize();
        this.prefix = commonFolder(draft);
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("Feature: ").append(oneLine(draft.title())).append(" (draft)\n");
        b.append("  Drafted by `suggest` from ").append(draft.articleCount()).append(" articles: each row is what the\n")
            .append("  articles say, not what is verified. Check every row against the article lines in its note\n")
            .append("  before keeping it, and see the list of where the articles disagree.\n\n");
        b.append("  Background:\n");
        String step = "Given";
        for (Path scope : draft.articles()) {
            String relative = folder.relativize(scope.toAbsolutePath().normalize()).toString().replace('\\', '/');
            boolean isFolder = java.nio.file.Files.isDirectory(scope);
            b.append("    ").append(step).append(isFolder ? " the articles in \"" : " the article \"")
                .append(relative.isEmpty() ? "." : relative).append("\"\n");
            step = "And";
        }
        b.append("    ").append(step).append(" these names:\n");
        table(b, List.of("name", "also written as"), draft.names(), n -> List.of(n.name(), String.join(", ", n.aliases())));
        if (!draft.places().isEmpty()) {
            b.append("    And these places:\n");
            table(b, List.of("place", "within"), draft.places(), p -> List.of(p.name(), p.within() == null ? "" : p.within()));
        }
        boolean where = !draft.places().isEmpty() || draft.estimates().stream().anyMatch(e -> e.place() != null);
        for (String subject : draft.subjects()) {
            List<DraftEstimate> rows = draft.estimates().stream().filter(e -> e.subject().equals(subject)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            scenario(b, "Estimates of " + subject + " as the articles state them");
            b.append("    Given these estimates of \"").append(subject).append("\":\n");
            String note = "given only as an earlier figure, date to check; ";
            if (where) {
                table(b, List.of("source", "as of", "where", "count", "note"), rows, e -> List.of(e.source(),
                    e.asOf().toString(), e.place() == null ? "" : e.place(), e.cell(), (e.earlier() ? note : "") + note(e.citations())));
            } else {
                table(b, List.of("source", "as of", "count", "note"), rows, e -> List.of(e.source(), e.asOf().toString(),
                    e.cell(), (e.earlier() ? note : "") + note(e.citations())));
            }
            check(b);
        }
        if (!draft.milestones().isEmpty()) {
            scenario(b, "Milestones from the first article that states them");
            for (String subject : draft.milestones().stream().map(DraftMilestone::subject).distinct().toList()) {
                b.append("    Given these milestones of \"").append(subject).append("\":\n");
                table(b, List.of("state", "from", "also written as"),
                    draft.milestones().stream().filter(m -> m.subject().equals(subject)).toList(),
                    m -> List.of(m.state(), m.from().toString(), String.join(", ", m.aliases())));
            }
            check(b);
        }
        if (!draft.quotes().isEmpty()) {
            scenario(b, "Quotes as most articles render them");
            b.append("    Given these quotes:\n");
            table(b, List.of("speaker", "date", "words"), draft.quotes(),
                q -> List.of(q.speaker(), q.date().toString(), q.words()));
            check(b);
        }
        if (!draft.people().isEmpty()) {
            scenario(b, "Officials with the titles articles give them");
            b.append("    Given these people:\n");
            table(b, List.of("name", "title", "also written as"), draft.people(),
                p -> List.of(p.name(), TitleVersions.cell(p.titles()), String.join(", ", p.aliases())));
            check(b);
        }
        if (!draft.events().isEmpty()) {
            scenario(b, "Dates of events as most articles give them");
            b.append("    Given these events:\n");
            table(b, List.of("event", "date", "also written as"), draft.events(),
                e -> List.of(e.event(), e.date().toString(), String.join(", ", e.aliases())));
            check(b);
        }
        return b.toString();
    }

    /**
     * "\"about 1,500 special forces\" first in n01.txt:3 (2024-10-19); also n03.txt:13, n08.txt:9", paths
     * within the articles' folder: the words say what the row counts, so two figures of one day differ.
     */
    private String note(List<Citation> citations) {
        List<String> at = citations.stream().map(c -> c.at().substring(prefix.length())).distinct().toList();
        Citation first = citations.get(0);
        String words = first.words().replaceAll("\\s+", " ").strip();
        if (words.length() > NOTE_WORDS) {
            words = words.substring(0, words.lastIndexOf(' ', NOTE_WORDS) > 0 ? words.lastIndexOf(' ', NOTE_WORDS) : NOTE_WORDS) + " ...";
        }
        String note = "\"" + words + "\" first in " + at.get(0) + (first.published() == null ? "" : " (" + first.published() + ")");
        return at.size() == 1 ? note : note + "; also " + String.join(", ", at.subList(1, at.size()));
    }

    /** The folder every cited article is in, as reports name it ("eval/x/articles/"), left out of notes. */
    private static String commonFolder(Draft draft) {
        List<String> paths = new ArrayList<>();
        draft.estimates().forEach(e -> e.citations().forEach(c -> paths.add(c.path())));
        draft.quotes().forEach(q -> q.citations().forEach(c -> paths.add(c.path())));
        if (paths.isEmpty()) {
            return "";
        }
        String prefix = paths.get(0).substring(0, paths.get(0).lastIndexOf('/') + 1);
        for (String p : paths) {
            while (!p.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.lastIndexOf('/', prefix.length() - 2) + 1);
            }
        }
        return prefix;
    }

    private static void scenario(StringBuilder b, String name) {
        b.append("\n  Scenario: ").append(oneLine(name)).append("\n");
    }

    private static void check(StringBuilder b) {
        b.append("    Then every article agrees with these facts\n");
    }

    /** A Gherkin table, columns padded; pipes, backslashes and line breaks in cells escaped. */
    private static <T> void table(StringBuilder b, List<String> header, List<T> rows, Function<T, List<String>> cells) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        rows.forEach(r -> all.add(cells.apply(r).stream().map(DraftSheet::cell).toList()));
        int[] width = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            b.append("      |");
            for (int i = 0; i < row.size(); i++) {
                b.append(' ').append(row.get(i)).append(" ".repeat(width[i] - row.get(i).length())).append(" |");
            }
            b.append('\n');
        }
    }

    private static String cell(String value) {
        return oneLine(value == null ? "" : value).replace("\\", "\\\\").replace("|", "\\|");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
