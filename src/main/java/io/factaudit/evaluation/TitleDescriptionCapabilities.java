package io.factaudit.evaluation;

import io.factaudit.lexicon.OfficeHolders;
import java.util.ArrayList;
import java.util.List;

/**
 * Descriptions of a person's place rather than a title's words: "top" and a noun ("Brontec's top
 * treasurer" for the sheet's "chief treasurer"), the one in charge of a unit ("who heads the audit
 * office", "the head of the audit office", "Brontec's head of audit") and "who chairs the audit
 * committee". Each agrees with a title at the top of its unit (INV); with a lower rank ("deputy") or
 * another unit on the sheet, the same sentence is a wrong title (DIR).
 */
final class TitleDescriptionCapabilities {

    /** Invented units of an organisation, each with a word no other has. */
    static final List<String> UNITS = List.of("audit", "planning", "safety", "payroll", "archive");

    /** The offices at the top of a unit a sheet may give, and the forms that describe them. */
    static final List<String> TOP = List.of("director", "chief", "head");
    static final List<String> IN_CHARGE = List.of("{X}, who heads the {n} office, " + TitleCapabilities.SAID_TEXT,
        "{X}, who leads the {n} office, " + TitleCapabilities.SAID_TEXT, "{X}, the head of the {n} office, "
            + TitleCapabilities.SAID_TEXT, "{O}'s head of {n}, {X}, " + TitleCapabilities.SAID_TEXT,
        "\"The plant will stay open,\" said {X}, who heads {O}'s {n} office.", "{X}, who runs the {n} office, "
            + TitleCapabilities.SAID_TEXT);
    static final List<String> CHAIRS = List.of("{X}, who chairs the {n} committee, " + TitleCapabilities.SAID_TEXT,
        "{X}, who has chaired the {n} committee since 2019, " + TitleCapabilities.SAID_TEXT,
        "{X}, the chairwoman of the {n} committee, " + TitleCapabilities.SAID_TEXT,
        "{X}, chairman of the {n} committee, " + TitleCapabilities.SAID_TEXT);
    static final List<String> TOP_NOUN = List.of("{X}, {O}'s top {t}, " + TitleCapabilities.SAID_TEXT,
        "{X}, the company's top {t}, " + TitleCapabilities.SAID_TEXT, "{O}'s top {t}, {X}, " + TitleCapabilities.SAID_TEXT);

    private TitleDescriptionCapabilities() {
    }

    static List<Capability> all() {
        List<Probe> agree = new ArrayList<>();
        List<Probe> wrong = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            String n = UNITS.get(i);
            String other = UNITS.get((i + 1) % UNITS.size());
            for (String top : TOP) {
                for (String form : IN_CHARGE) {
                    String text = fill(form, n, "");
                    Probe base = agrees(text, n + " " + top);
                    agree.add(base);
                    wrong.add(wrong(text, "deputy " + n + " " + top, base));
                    wrong.add(wrong(text, other + " " + top, base));
                }
            }
            for (String form : CHAIRS) {
                String text = fill(form, n, "");
                Probe base = agrees(text, "chair of the " + n + " committee");
                agree.add(base);
                agree.add(agrees(text, "chair"));
                wrong.add(wrong(text, "chair of the " + other + " committee", base));
                wrong.add(wrong(text, "vice chair of the " + n + " committee", base));
            }
        }
        for (String t : OfficeHolders.titles()) {
            if (t.contains(" ") || t.contains("-")) {
                continue; // "top" before a compound ("top bank manager") is no form of news
            }
            for (String form : TOP_NOUN) {
                String text = fill(form, "", t);
                Probe base = agrees(text, "chief " + t);
                agree.add(base);
                agree.add(agrees(text, t));
                wrong.add(wrong(text, "deputy " + t, base));
            }
        }
        return List.of(new Capability("INV title as a description: top, head of, who heads, runs, chairs, chairwoman (title)", agree),
            new Capability("DIR a description with a lower rank or another unit on the sheet (wrong title)", wrong));
    }

    private static String fill(String form, String unit, String title) {
        return TitleCapabilities.fill(form.replace("{n}", unit), title.isEmpty() ? "treasurer" : title, "spokeswoman");
    }

    private static Probe agrees(String text, String sheetTitle) {
        return Probe.of(text, Fixtures.titles(sheetTitle, "spokeswoman"), "one title of " + Fixtures.HOLDER.name()
            + " that the sheet's \"" + sheetTitle + "\" agrees with", TitleCapabilities.titlesOf(List.of(Fixtures.HOLDER.name())));
    }

    private static Probe wrong(String text, String sheetTitle, Probe base) {
        return Probe.of(text, Fixtures.titles(sheetTitle, "spokeswoman"), "a wrong title of " + Fixtures.HOLDER.name()
            + " against the sheet's \"" + sheetTitle + "\"", TitleCapabilities.wrongTitle(Fixtures.HOLDER.name())).against(base);
    }
}
