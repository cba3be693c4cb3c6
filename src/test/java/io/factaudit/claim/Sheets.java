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
