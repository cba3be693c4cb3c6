package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The source that the line introducing a table or a list of figures cites: "The district totals, as
 * released by the board:" or a heading "Arrivals so far (Harbour Agency):". The line is the last
 * written line above the block; it must cite one source of the sheet, by name, other spelling or a
 * role noun that takes up a source named before ("the board").
 */
final class CitedAbove {

    private final String text;
    private final List<Mention> mentions;

    private CitedAbove(String text, List<Mention> mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    static CitedAbove of(Document document, Facts facts) {
        Set<String> subjects = new HashSet<>();
        Set<String> estimating = new HashSet<>();
        facts.estimates().forEach(e -> {
            subjects.add(e.subject());
            estimating.add(e.source());
        });
        NameMatcher names = new NameMatcher();
        List<Name> sources = new ArrayList<>();
        for (Name n : facts.names()) {
            // as in the sentences: a place is a source only when the sheet has its estimates
            if (!subjects.contains(n.name()) && (facts.place(n.name()).isEmpty() || estimating.contains(n.name()))) {
                names.add(n.name(), n.spellings());
                sources.add(n);
            }
        }
        List<Mention> named = names.isEmpty() ? List.of() : names.find(document.text());
        List<Mention> all = new ArrayList<>(named);
        all.addAll(RoleNouns.find(document, sources, named));
        return new CitedAbove(document.text(), all);
    }

    /** The one source cited in the last written line before {@code start}, or null. */
    String before(int start) {
        Span line = lineAbove(text, start);
        if (line == null) {
            return null;
        }
        Set<String> cited = new HashSet<>();
        for (Mention m : mentions) {
            if (line.contains(m.span())) {
                cited.add(m.name());
            }
        }
        return cited.size() == 1 ? cited.iterator().next() : null;
    }

    /** The last line with words before {@code start}, past blank lines, or null. */
    static Span lineAbove(String text, int start) {
        int end = text.lastIndexOf('\n', Math.max(0, start - 1));
        while (end > 0) {
            int from = text.lastIndexOf('\n', end - 1) + 1;
            if (!text.substring(from, end).isBlank()) {
                return new Span(from, end);
            }
            end = from - 1;
        }
        return null;
    }
}
