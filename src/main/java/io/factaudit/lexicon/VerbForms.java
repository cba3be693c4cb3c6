package io.factaudit.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * The inflected forms of an English verb (base, third person, past and participles, gerund) by
 * the regular spelling rules, with WordNet's list of irregular forms taking the place of the
 * regular past ("told", not "telled"). A final consonant after one vowel may or may not double
 * ("admitted", "visited"): both spellings are given, since only the real one occurs in text.
 */
final class VerbForms {

    private VerbForms() {
    }

    static Set<String> of(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        forms.add(thirdPerson(lemma));
        Set<String> irregular = WordNet.irregularForms(lemma, POS.VERB);
        boolean irregularPast = irregular.stream().anyMatch(f -> !f.endsWith("ing") && !f.equals(thirdPerson(lemma)));
        if (!irregularPast) {
            forms.add(past(lemma));
        }
        forms.addAll(irregular);
        forms.add(gerund(lemma));
        if (doubles(lemma)) {
            char last = lemma.charAt(lemma.length() - 1);
            if (!irregularPast) {
                forms.add(lemma + last + "ed");
            }
            forms.add(lemma + last + "ing");
        }
        return forms;
    }

    private static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh") || v.endsWith("o")) {
            return v + "es";
        }
        return consonantY(v) ? v.substring(0, v.length() - 1) + "ies" : v + "s";
    }

    private static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        return consonantY(v) ? v.substring(0, v.length() - 1) + "ied" : v + "ed";
    }

    private static String gerund(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return v + "ing";
    }

    private static boolean consonantY(String v) {
        return v.length() > 2 && v.endsWith("y") && !isVowel(v.charAt(v.length() - 2));
    }

    private static boolean doubles(String v) {
        int n = v.length();
        return n > 2 && !isVowel(v.charAt(n - 1)) && "wxy".indexOf(v.charAt(n - 1)) < 0 && isVowel(v.charAt(n - 2))
            && !isVowel(v.charAt(n - 3));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
