package io.factaudit.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * US and UK spellings of one word, from WordNet 3.1, which lists both spellings as lemmas of the
 * same synset ("colour" and "color", "organise" and "organize", "centre" and "center", "catalogue"
 * and "catalog", "defence" and "defense") or gives both inflections the same lemma ("travelled",
 * "traveled"). A word's variants are the forms one regular US/UK alternation away from it
 * (-our/-or, -ise/-ize, -yse/-yze, -re/-er, -ogue/-og, -ce/-se, -mme/-m, doubled l) that WordNet
 * confirms: the alternations only propose, the dictionary decides, so no word is listed here.
 * Thread-safe; each word is looked up once per JVM.
 */
public final class SpellingVariants {

    /** The regular alternations, each as the two strings that replace each other. */
    private static final List<String[]> ALTERNATIONS = List.of(
        new String[] {"our", "or"}, new String[] {"ise", "ize"}, new String[] {"isa", "iza"},
        new String[] {"ising", "izing"}, new String[] {"yse", "yze"}, new String[] {"ysing", "yzing"},
        new String[] {"tre", "ter"}, new String[] {"bre", "ber"}, new String[] {"ogue", "og"},
        new String[] {"ence", "ense"}, new String[] {"mme", "m"}, new String[] {"ll", "l"});
    private static final List<POS> PARTS_OF_SPEECH = List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB);
    private static final int SHORTEST = 4;

    private static final WordMemo<String> CANONICAL = new WordMemo<>();

    private SpellingVariants() {
    }

    /**
     * One spelling that stands for all the US and UK spellings of a word (the first of them in
     * alphabetical order), so that "organised" and "organized" compare equal; any other word as it is.
     *
     * @param word a word in lower case
     */
    public static String canonical(String word) {
        if (word.length() < SHORTEST || !isLetters(word)) {
            return word;
        }
        return CANONICAL.computeIfAbsent(word, SpellingVariants::lookUp);
    }

    /** Whether two words are spellings of one word, in US and UK style. */
    public static boolean same(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || canonical(x).equals(canonical(y));
    }

    private static String lookUp(String word) {
        Set<String> forms = new TreeSet<>();
        forms.add(word);
        for (String[] pair : ALTERNATIONS) {
            addSwapped(word, pair[0], pair[1], forms);
            addSwapped(word, pair[1], pair[0], forms);
        }
        String first = word;
        for (String form : forms) {
            if (form.compareTo(first) < 0 && !form.equals(word) && confirmed(word, form)) {
                first = form;
            }
        }
        return first;
    }

    /** Every form with one occurrence of {@code from} replaced by {@code to}. */
    private static void addSwapped(String word, String from, String to, Set<String> forms) {
        int at = word.indexOf(from);
        while (at >= 0) {
            if (!word.startsWith(to, at) || from.length() > to.length()) {
                forms.add(word.substring(0, at) + to + word.substring(at + from.length()));
            }
            at = word.indexOf(from, at + 1);
        }
    }

    /** WordNet has both as lemmas of one synset, or reads both as forms of one lemma. */
    private static boolean confirmed(String word, String form) {
        for (POS pos : PARTS_OF_SPEECH) {
            Set<String> ours = WordNet.lemmas(word, pos);
            if (ours.isEmpty()) {
                continue;
            }
            Set<String> theirs = WordNet.lemmas(form, pos);
            for (String a : ours) {
                if (theirs.contains(a) && !a.equals(word) && !a.equals(form)) {
                    return true;
                }
                for (String b : theirs) {
                    if (!a.equals(b) && oneSynset(a, b, pos)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean oneSynset(String a, String b, POS pos) {
        for (Synset s : WordNet.senses(a, pos)) {
            for (Word w : s.getWords()) {
                if (w.getLemma().equalsIgnoreCase(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
