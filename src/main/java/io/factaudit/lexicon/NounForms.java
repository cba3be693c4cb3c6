package io.factaudit.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/** A noun's singular and plural by the regular spelling rules, with WordNet's irregular plurals ("men", "people"). */
public final class NounForms {

    private NounForms() {
    }

    public static Set<String> of(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        Set<String> irregular = WordNet.irregularForms(lemma, POS.NOUN);
        forms.addAll(irregular);
        if (irregular.isEmpty() && !WordNet.isPluralOnly(lemma)) {
            if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch") || lemma.endsWith("sh")) {
                forms.add(lemma + "es");
            } else if (lemma.length() > 2 && lemma.endsWith("y") && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
                forms.add(lemma.substring(0, lemma.length() - 1) + "ies");
            } else {
                forms.add(lemma + "s");
            }
        }
        return forms;
    }
}
