package io.factaudit.evaluation;

import io.factaudit.audit.ArticleAudit;
import io.factaudit.claim.QuoteClaim;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.FactsBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The forms of issue 15 in which a known quote is printed: in another house style (a number in
 * words, "per cent" or "%", the day before the month, UK spelling), as a fragment of five or six of
 * its words, going on after "adding," or in the next sentence with no new speaker, and attributed
 * by a pronoun after a person of the same pronoun named inside the attribution ("X said she looked
 * forward to Y's testimony. “…,” she said" is X's). Each is the speaker's quote, never altered.
 */
final class QuoteStyleCapabilities {

    /** A speaker of the sheet: name, surname, pronoun, words said, and those words in other house styles. */
    record Said(String name, String surname, String pronoun, String words, List<Map<String, String>> styles) {
    }

    /** Invented people and words on two invented topics (clinics, a ferry toll); the two "she" share a pronoun. */
    static final List<Said> SPEAKERS = List.of(
        new Said("Ilse Marrow", "Marrow", "she",
            "We reopened 40 percent of the Osk clinics by March 3 and we will organize a review of every center",
            List.of(Map.of("40 percent", "40%"), Map.of("40 percent", "forty per cent", "March 3", "3 March", "organize",
                "organise", "center", "centre"), Map.of("March 3", "March 3rd"), Map.of("40 percent", "40 per cent"))),
        new Said("Greta Sollen", "Sollen", "she",
            "The ferry toll will rise by 12 percent on June 9 and the harbor board will analyze every fare",
            List.of(Map.of("12 percent", "12%"), Map.of("12 percent", "twelve per cent", "June 9", "9 June", "harbor",
                "harbour", "analyze", "analyse"), Map.of("June 9", "June 9th"))));

    private static final Facts SHEET = sheet();

    private QuoteStyleCapabilities() {
    }

    static Capability all() {
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < SPEAKERS.size(); i++) {
            Said s = SPEAKERS.get(i);
            Said other = SPEAKERS.get((i + 1) % SPEAKERS.size());
            String q = s.words();
            String[] w = q.split(" ");
            // split at its clause's "and", never inside a date
            String first = q.substring(0, q.indexOf(" and "));
            String rest = q.substring(q.indexOf(" and ") + 1);
            List<String> texts = new ArrayList<>();
            for (Map<String, String> style : s.styles()) {
                String styled = q;
                for (Map.Entry<String, String> e : style.entrySet()) {
                    styled = styled.replace(e.getKey(), e.getValue());
                }
                texts.add("\u201c" + styled + ",\u201d " + s.surname() + " said.");
                texts.add(s.name() + " spoke in Osk on Monday. \u201c" + styled + ",\u201d she said.".replace("she", s.pronoun()));
            }
            for (int n = 5; n <= 6; n++) {
                String fragment = String.join(" ", Arrays.copyOfRange(w, 2, 2 + n));
                texts.add(s.name() + " said on Monday that \u201c" + fragment + ".\u201d");
                texts.add("\u201c" + fragment + ",\u201d " + s.surname() + " said.");
            }
            texts.add(s.name() + " said the work would go on, adding, \u201c" + q + ".\u201d");
            texts.add("\u201c" + first + ",\u201d " + s.name() + " said. \u201c" + rest + ".\u201d");
            texts.add(s.name() + " said on Monday: \u201c" + first + ".\u201d \u201c" + rest + ",\u201d " + s.pronoun() + " added.");
            texts.add(s.name() + " said " + s.pronoun() + " looked forward to " + other.name() + "'s testimony. \u201c" + q + ",\u201d "
                + s.pronoun() + " said.");
            texts.add(s.name() + " said " + s.pronoun() + " had spoken to " + other.surname() + " on Monday. \u201c" + q + ",\u201d "
                + s.pronoun() + " added.");
            for (String text : texts) {
                probes.add(Probe.of(text, SHEET, "quotes of " + s.name() + " alone, none altered", quotesOf(s.name())));
            }
        }
        return new Capability("INV quote in house style, fragment, continued after 'adding,' or a sentence, pronoun after a person named (quote speaker)",
            probes);
    }

    /**
     * The same house styles with a number or a word changed ("41" for "40", "a review" made "no
     * review"): each an altered quote, whose unchanged sentence is the speaker's quote.
     */
    static Capability altered() {
        List<Probe> probes = new ArrayList<>();
        for (Said s : SPEAKERS) {
            for (Map<String, String> style : s.styles()) {
                String styled = s.words();
                for (Map.Entry<String, String> e : style.entrySet()) {
                    styled = styled.replace(e.getKey(), e.getValue());
                }
                String text = "\u201c" + styled + ",\u201d " + s.surname() + " said.";
                Probe base = Probe.of(text, SHEET, "a quote of " + s.name(), quotesOf(s.name()));
                for (String changed : List.of(changedNumber(styled), styled.replace(" every ", " no "))) {
                    String altered = "\u201c" + changed + ",\u201d " + s.surname() + " said.";
                    probes.add(Probe.of(altered, SHEET, "an altered quote of " + s.name(), a -> a.findings().stream()
                        .anyMatch(f -> f.reason() == io.factaudit.check.Reason.ALTERED_QUOTE)).against(base));
                }
            }
        }
        return new Capability("DIR a changed number or word in any house style (altered quote)", probes);
    }

    /** The quote's number one higher, in the form it is written ("40" to "41", "forty" to "forty-one"). */
    private static String changedNumber(String quote) {
        return quote.replace("40", "41").replace("forty", "forty-one").replace("12", "13").replace("twelve", "thirteen");
    }

    /** At least one quote read, every one the speaker's, and no finding. */
    private static Predicate<ArticleAudit> quotesOf(String speaker) {
        return a -> {
            List<QuoteClaim> quotes = a.claims().stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).toList();
            return !quotes.isEmpty() && quotes.stream().allMatch(q -> speaker.equals(q.speaker())) && a.findings().isEmpty();
        };
    }

    private static Facts sheet() {
        FactsBuilder b = new FactsBuilder("capabilities.feature", Path.of("."));
        b.names(Fixtures.table("name | also written as", "Velmora | ", "Brontec | "));
        List<String> people = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (Said s : SPEAKERS) {
            people.add(s.name() + " | spokeswoman | " + s.surname());
            quotes.add(s.name() + " | 2025-03-10 | " + s.words());
        }
        b.people(Fixtures.table("name | title | also written as", people.toArray(String[]::new)));
        b.quotes(Fixtures.table("speaker | date | words", quotes.toArray(String[]::new)));
        return Fixtures.built(b);
    }
}
