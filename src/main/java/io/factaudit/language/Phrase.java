package io.factaudit.language;

import java.util.List;
import java.util.Set;

/**
 * A phrase from a sheet ("engaged in combat", "Duma voted to ratify"), matched word by word in
 * inflected forms: "engaging in combat" and "the State Duma voted on Wednesday to ratify" match.
 * The sheet's articles may be left out and the article's determiners skipped; other words may
 * stand between the phrase's words as a {@link Gap} allows. A word the sheet writes in capitals
 * ("NIS", "DPRK") matches only in capitals.
 */
public final class Phrase {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "this",
        "these", "those");

    /** Where a phrase matched: its first and last word in the sentence. */
    public record Match(Phrase phrase, int first, int last) {
    }

    private final String written;
    private final String[] stems;
    private final String[] capitals;
    private final boolean[] optional;
    private final boolean[] definite;
    private final int required;

    private Phrase(String written, List<Word> words) {
        this.written = written;
        int n = words.size();
        stems = new String[n];
        capitals = new String[n];
        optional = new boolean[n];
        definite = new boolean[n];
        int req = 0;
        for (int i = 0; i < n; i++) {
            Word w = words.get(i);
            stems[i] = w.stem();
            capitals[i] = w.isCapitals() && n > 0 ? w.text() : null;
            optional[i] = ARTICLES.contains(w.lower()) && n > 1;
            definite[i] = w.is("the");
            req += optional[i] ? 0 : 1;
        }
        required = req;
    }

    public static Phrase of(String written) {
        return new Phrase(written, Words.of(written.strip()));
    }

    public String written() {
        return written;
    }

    /** How many words the phrase must match: longer phrases win over shorter ones. */
    public int required() {
        return required;
    }

    /** The stem of the first word the phrase cannot do without, to index phrases by. */
    public String firstStem() {
        for (int i = 0; i < stems.length; i++) {
            if (!optional[i]) {
                return stems[i];
            }
        }
        return "";
    }

    /** The stems of the phrase's words, the sheet's articles left out. */
    public List<String> requiredStems() {
        java.util.ArrayList<String> result = new java.util.ArrayList<>();
        for (int i = 0; i < stems.length; i++) {
            if (!optional[i]) {
                result.add(stems[i]);
            }
        }
        return result;
    }

    /** The phrase matched from word {@code start} (which must be its first required word), or null. */
    public Match matchAt(SentenceWords words, int start, Gap gap) {
        int k = 0;
        while (k < stems.length && optional[k]) {
            k++;
        }
        if (k == stems.length || !matches(words.get(start), k)) {
            return null;
        }
        int last = start;
        for (k = k + 1; k < stems.length; k++) {
            int j = last + 1;
            int gapFrom = -1;
            int gaps = 0;
            while (j < words.size() && !matches(words.get(j), k)) {
                if (optional[k] && definite[k] && (words.get(j).is("a") || words.get(j).is("an"))) {
                    return null; // the sheet's "the treaty" is a known one; "a treaty" is another
                }
                if (optional[k]) {
                    break;
                }
                if (!DETERMINERS.contains(words.lower(j)) && !words.get(j).is("'s")) {
                    if (++gaps > gap.max()) {
                        return null;
                    }
                    gapFrom = gapFrom < 0 ? j : gapFrom;
                }
                j++;
            }
            if (j < words.size() && matches(words.get(j), k)) {
                // the words between are judged only now that the phrase goes on: tags cost
                for (int g = gapFrom; g >= 0 && g < j; g++) {
                    if (!DETERMINERS.contains(words.lower(g)) && !words.get(g).is("'s") && !gap.allows(words, g)) {
                        return null;
                    }
                }
                last = j;
            } else if (!optional[k]) {
                return null;
            }
        }
        return new Match(this, start, last);
    }

    private boolean matches(Word word, int k) {
        if (capitals[k] != null) {
            return word.text().equals(capitals[k]);
        }
        String s = word.stem();
        return s.equals(stems[k]) || (isTo(s) && isTo(stems[k]));
    }

    /** "moved into Kursk" and "moved to Kursk" say the same. */
    private static boolean isTo(String stem) {
        return stem.equals("to") || stem.equals("into");
    }

    @Override
    public String toString() {
        return written;
    }
}
