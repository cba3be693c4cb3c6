package io.factaudit.evaluation;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ways of writing a count, each with the sheet cell that states the same count: digits with and
 * without separators, decimals of a million, words (ICU's spell-out, both "one thousand five
 * hundred" and "fifteen hundred"), hedges and ranges.
 */
final class NumberForms {

    /** A count as a sentence writes it and as a sheet cell states it. */
    record Form(String written, String cell) {
    }

    /** Hedges as written, with the hedge of the sheet language that means the same. */
    private static final String[][] HEDGES = {{"about", "about"}, {"around", "about"}, {"roughly", "about"},
        {"approximately", "about"}, {"nearly", "nearly"}, {"almost", "nearly"}, {"at least", "at least"},
        {"more than", "more than"}, {"over", "more than"}, {"up to", "up to"}, {"as many as", "up to"}};

    private static final RuleBasedNumberFormat SPELL = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

    private NumberForms() {
    }

    static List<Form> all() {
        List<Form> bare = new ArrayList<>();
        for (long n : new long[] {250, 1_500, 2_000, 12_000, 2_500}) {
            String cell = String.format(Locale.US, "%,d", n);
            bare.add(new Form(cell, cell));
            bare.add(new Form(SPELL.format(n, "%spellout-cardinal"), cell));
            if (n >= 1_000) {
                bare.add(new Form(Long.toString(n), cell));
            }
            if (n % 100 == 0 && n / 100 % 10 != 0 && n < 10_000) {
                bare.add(new Form(SPELL.format(n, "%spellout-numbering-year"), cell));  // "fifteen hundred"
            }
        }
        bare.add(new Form("1.5 million", "1,500,000"));
        bare.add(new Form("2 million", "2,000,000"));
        List<Form> forms = new ArrayList<>(bare);
        for (Form f : bare) {
            for (String[] h : HEDGES) {
                forms.add(new Form(h[0] + " " + f.written(), h[1] + " " + f.cell()));
            }
        }
        forms.add(new Form("11,000 to 12,000", "11,000 to 12,000"));
        forms.add(new Form("between 11,000 and 12,000", "11,000 to 12,000"));
        forms.add(new Form("11,000-12,000", "11,000 to 12,000"));
        forms.add(new Form("1,500 to 2,000", "1,500 to 2,000"));
        forms.add(new Form("between 1,500 and 2,000", "1,500 to 2,000"));
        forms.add(new Form(SPELL.format(11_000) + " to " + SPELL.format(12_000), "11,000 to 12,000"));
        forms.add(new Form("between " + SPELL.format(1_500, "%spellout-numbering-year") + " and "
            + SPELL.format(2_000), "1,500 to 2,000"));
        return forms;
    }
}
