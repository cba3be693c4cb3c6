package io.factaudit.lexicon;

import java.util.Set;

/**
 * Verbs that give, set or change a figure as their object ("put the toll at", "raised its estimate
 * to", "gave 1,414 as its count"): a frame of attribution no lexical resource names, so a hand list
 * of their written forms. With the verbs of saying ({@link VerbsOfSaying}, WordNet) they are the
 * verbs by which a source gives a figure.
 */
public final class FigureVerbs {

    /** The written forms of the verbs of giving or changing a figure. */
    public static final Set<String> FORMS = Set.of("put", "puts", "putting", "gave", "gives", "given", "giving",
        "rounded", "raised", "revised", "revising", "lowered", "updated", "expects", "expected");

    private FigureVerbs() {
    }

    /** A verb by which a source gives a figure or says something: a verb of saying (WordNet), of giving a figure, or "according". */
    public static boolean reportVerb(String lower) {
        return VerbsOfSaying.contains(lower) || FORMS.contains(lower) || lower.equals("according");
    }
}
