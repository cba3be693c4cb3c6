package io.factaudit.claim;

import io.factaudit.article.Article;
import io.factaudit.article.LineMap;
import io.factaudit.language.Document;
import io.factaudit.sheet.Event;
import io.factaudit.sheet.FactLocation;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Milestone;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Policy;
import java.time.LocalDate;
import java.util.List;

/** A small invented sheet for reader tests: a contingent's milestones and an accord's events. */
final class Sheets {

    static final String SUBJECT = "Northland volunteers";

    private Sheets() {
    }

    /** A sheet of one thing and one milestone of it (dated 2025-03-10), spelled as its name or as {@code spelling}. */
    static Facts milestone(String subject, String spelling, String state, String... aliases) {
        Name name = new Name(subject, List.of(spelling), new FactLocation("features/s.feature", 4));
        Milestone m = new Milestone(subject, state, LocalDate.of(2025, 3, 10), List.of(aliases),
            new FactLocation("features/s.feature", 9));
        return new Facts(List.of(name), List.of(), List.of(m), List.of(), List.of(), List.of(), Policy.DEFAULT);
    }

    /** The states read in an article of 2025-03-20 under a sheet, as "state: affirmed" or "state: negated". */
    static List<String> states(Facts sheet, String text) {
        Document d = article(text, "2025-03-20");
        return new StateReader().read(d, sheet).stream().map(StateClaim.class::cast)
            .map(c -> c.state() + ": " + (c.negated() ? "negated" : "affirmed")).toList();
    }

    static Facts contingent() {
        Name volunteers = new Name(SUBJECT, List.of("Northland fighters", "volunteers from Northland", "Northland units"),
            new FactLocation("features/c.feature", 5));
        Milestone fighting = new Milestone(SUBJECT, "fighting", LocalDate.of(2024, 11, 4),
            List.of("in combat", "engaged in combat", "battling", "clashed with government forces", "seen combat"),
            new FactLocation("features/c.feature", 12));
        Milestone inPort = new Milestone(SUBJECT, "in Port Vale", LocalDate.of(2024, 10, 23),
            List.of("in the Port Vale region", "arrived in Port Vale", "moved into Port Vale"),
            new FactLocation("features/c.feature", 13));
        Event signed = new Event("Northland and Southland signed an accord", LocalDate.of(2024, 6, 19),
            List.of("signed a defense accord", "signed the accord"), new FactLocation("features/c.feature", 20));
        Event ratified = new Event("the assembly ratified the accord", LocalDate.of(2024, 10, 24),
            List.of("assembly ratified", "assembly voted to ratify"), new FactLocation("features/c.feature", 21));
        Event flood = new Event("the river flood", LocalDate.of(2024, 8, 6), List.of("flood", "first flood"),
            new FactLocation("features/c.feature", 22));
        return new Facts(List.of(volunteers), List.of(), List.of(fighting, inPort), List.of(), List.of(),
            List.of(signed, ratified, flood), Policy.DEFAULT);
    }

    static Document article(String text, String published) {
        return new Document(new Article("news/a.txt", text, published == null ? null : LocalDate.parse(published),
            LineMap.of(text)));
    }
}
