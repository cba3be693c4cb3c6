package io.factaudit.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * How the class of verbs of saying is drawn from WordNet 3.1: every verb below the senses of
 * saying, telling, stating further, reporting, noting, warning, stressing, claiming, alleging,
 * confirming, estimating, counting, believing, informing and speaking, kept when one of its two most frequent senses is
 * such a sense or its most frequent sense is one of communication or cognition (so "make", "give"
 * and "put", which have a rare sense of saying, stay out), that the tagged corpus behind WordNet
 * has seen used as a verb at least once, and that is no word of grammar ("will"); and every verb
 * whose most frequent sense is one of communication or cognition and one of whose two most
 * frequent senses reports a clause (WordNet's frame "Somebody ----s that CLAUSE": "admit",
 * "concede", "insist that", "write"). One word, not phrasal verbs. The
 * result is committed as {@code verbs-of-saying.txt}; {@code VerbsOfSayingFileTest} checks that
 * the file is what this gives, and {@code lexicon} (the command) writes it again.
 */
public final class VerbsOfSayingSource {

    /** The root senses: a lemma and the start of its gloss, which names the sense in any WordNet 3.x. */
    private static final String[][] ROOTS = {
        {"say", "express in words"}, {"say", "report or maintain"}, {"tell", "let something be known"},
        {"report", "to give an account"}, {"report", "announce as the result"}, {"add", "state or say further"},
        {"note", "make mention of"}, {"warn", "notify of danger"}, {"stress", "to stress, single out"},
        {"claim", "assert or affirm strongly"}, {"confirm", "strengthen or make more firm"},
        {"estimate", "judge tentatively"}, {"count", "determine the number"}, {"believe", "accept as true"},
        {"inform", "impart knowledge"}, {"speak", "express in speech"},
    };

    private VerbsOfSayingSource() {
    }

    /** Each lemma of the class with its inflected forms, one line each: "lemma form form ...". */
    public static List<String> lines() {
        List<Synset> roots = new ArrayList<>();
        for (String[] r : ROOTS) {
            roots.add(WordNet.sense(r[0], POS.VERB, r[1]));
        }
        Set<Long> inClass = new HashSet<>();
        Set<String> lemmas = WordNet.below(roots, inClass);
        TreeMap<String, Set<String>> forms = new TreeMap<>();
        for (String lemma : lemmas) {
            if (lemma.contains(" ") || !lemma.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                continue;
            }
            List<Synset> senses = WordNet.senses(lemma, POS.VERB);
            if (senses.isEmpty()) {
                continue;
            }
            boolean topSense = inClass.contains(senses.get(0).getOffset())
                || senses.size() > 1 && inClass.contains(senses.get(1).getOffset());
            String file = senses.get(0).getLexFileName();
            boolean verbal = topSense || file.equals("verb.communication") || file.equals("verb.cognition");
            if (verbal && WordNet.useCount(lemma, POS.VERB) > 0 && !ClosedClass.contains(lemma)) {
                forms.put(lemma.toLowerCase(Locale.ROOT), VerbForms.of(lemma.toLowerCase(Locale.ROOT)));
            }
        }
        for (String lemma : WordNet.verbsReportingAClause()) {
            if (!ClosedClass.contains(lemma) && WordNet.useCount(lemma, POS.VERB) > 0) {
                forms.computeIfAbsent(lemma, VerbForms::of);
            }
        }
        List<String> lines = new ArrayList<>();
        forms.forEach((lemma, f) -> lines.add(String.join(" ", f)));
        return lines;
    }

}
