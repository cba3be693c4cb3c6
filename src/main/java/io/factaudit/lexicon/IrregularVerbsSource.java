package io.factaudit.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;

/**
 * How the irregular past forms are drawn from WordNet 3.1: its list of exceptions to the verb
 * morphology ("told" → "tell", "fought" → "fight"), one-word forms that are neither a gerund nor a
 * third person. Each line is the base form, then its irregular past forms.
 */
public final class IrregularVerbsSource {

    private IrregularVerbsSource() {
    }

    public static List<String> lines() {
        TreeMap<String, java.util.TreeSet<String>> pasts = new TreeMap<>();
        try {
            var it = WordNet.dictionary().getExceptionIterator(POS.VERB);
            while (it.hasNext()) {
                var e = it.next();
                String form = e.getLemma();
                if (form.contains(" ") || form.contains("_") || form.endsWith("ing") || !form.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                for (String base : e.getExceptions()) {
                    if (!base.contains(" ") && !base.contains("_") && !form.equals(base + "s") && !form.equals(base + "es")) {
                        pasts.computeIfAbsent(base, b -> new java.util.TreeSet<>()).add(form);
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        List<String> lines = new ArrayList<>();
        pasts.forEach((base, forms) -> lines.add(base + " " + String.join(" ", forms)));
        return lines;
    }
}
