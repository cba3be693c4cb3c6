package io.factaudit.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * How the class of collective nouns is drawn from WordNet 3.1: the one-word nouns one of whose two
 * most frequent senses is a group ("force", "contingent", "crowd", "delegation"), in singular and plural.
 * "Put the force at 11,000" measures a group of what is counted, when what is counted is people.
 */
public final class GroupNounsSource {

    private GroupNounsSource() {
    }

    public static List<String> lines() {
        TreeMap<String, java.util.Set<String>> forms = new TreeMap<>();
        try {
            var it = WordNet.dictionary().getIndexWordIterator(POS.NOUN);
            while (it.hasNext()) {
                IndexWord w = it.next();
                String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                List<Synset> senses = WordNet.senses(w);
                if (lemma.contains(" ") || !lemma.chars().allMatch(Character::isLetter) || senses.isEmpty()) {
                    continue;
                }
                if (senses.stream().limit(2).anyMatch(x -> x.getLexFileName().equals("noun.group")) && WordNet.useCount(lemma, POS.NOUN) > 0) {
                    forms.put(lemma, NounForms.of(lemma));
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        List<String> lines = new ArrayList<>();
        forms.forEach((lemma, f) -> lines.add(String.join(" ", f)));
        return lines;
    }
}
