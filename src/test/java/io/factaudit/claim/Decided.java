package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import java.util.List;

/** The count reader's decision for one number of a sentence, as the rule tests look at it. */
record Decided(String rule, String looked, CountClaim claim, String line) {

    /** The sheet of evacuations and storm deaths the rule tests read with, beside the troops sheet. */
    static final Facts STORM = new SheetFixture()
        .names("Tarn evacuees | people evacuated in Tarn",
            "Tarn storm deaths | people killed in Tarn",
            "Civil Protection Agency | the civil protection agency, CPA",
            "Governor Lane | Lane, the governor")
        .estimates("Tarn evacuees", "Civil Protection Agency | 2031-05-02 | about 12,000")
        .estimates("Tarn storm deaths", "Governor Lane | 2031-05-03 | 14")
        .facts();

    static final Facts TROOPS = SheetFixture.troops().facts();

    /** The heading the storm articles are read under: it names the place of both subjects. */
    static final String HEADING = "Storm over Tarn\n\n";

    /** The decision for the number written {@code number} in {@code text}. */
    static Decided of(Facts facts, String text, String number) {
        Document document = SheetFixture.document(text, "2031-05-04");
        List<CountDecision> all = new CountReader().decisions(document, facts);
        int at = text.indexOf(number);
        assertThat(at).as("%s is in: %s", number, text).isNotNegative();
        CountDecision d = all.stream().filter(x -> x.number().start() <= at && at < x.number().end()).findFirst()
            .orElseThrow(() -> new AssertionError("no decision for " + number + " in: " + text + "; decisions: " + all));
        return new Decided(d.rule(), d.looked() == null ? null : text.substring(d.looked().start(), d.looked().end()),
            d.claim(), d.describe(text));
    }

    /** The source of the one count read whose words hold {@code number} (the test fails unless there is one). */
    static String sourceOf(Facts facts, String text, String number) {
        List<CountClaim> claims = new CountReader().read(SheetFixture.document(text, "2031-03-03"), facts)
            .stream().map(CountClaim.class::cast).filter(c -> c.text().contains(number)).toList();
        assertThat(claims).as("the count %s in: %s", number, text).hasSize(1);
        return claims.get(0).source();
    }

    /** A storm article under its heading; what is set aside is shown without the heading. */
    static Decided storm(String text, String number) {
        Decided d = of(STORM, HEADING + text, number);
        return new Decided(d.rule, d.looked, d.claim, d.line);
    }

    static Decided troops(String text, String number) {
        return of(TROOPS, text, number);
    }

    /** The reading is a claim of the subject. */
    Decided readAs(String subject) {
        assertThat(claim).as(line).isNotNull();
        assertThat(claim.subject()).isEqualTo(subject);
        return this;
    }

    /** The number is set aside by the rule, which looked at these words. */
    Decided setAsideBy(String expectedRule, String expectedLooked) {
        assertThat(rule).as(line).isEqualTo(expectedRule);
        assertThat(looked).as(line).isEqualTo(expectedLooked);
        return this;
    }
}
