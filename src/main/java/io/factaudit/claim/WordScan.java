package io.factaudit.claim;

import java.util.List;

/**
 * Reads a stretch of tokens written together into the claim readers' words, at each place the
 * first form that fits: an initialism ("U.N."), a number in groups of three ("12,400", "12,400.5"),
 * a decimal ("3.7"), letters and digits with their clitics ("Alma's", "didn't"), else one mark.
 */
final class WordScan {

    private WordScan() {
    }

    static void read(String text, int from, int to, List<Words.Word> words) {
        int i = from;
        while (i < to) {
            int end = initialism(text, i, to);
            if (end < 0) {
                end = grouped(text, i, to);
            }
            if (end < 0) {
                end = decimal(text, i, to);
            }
            if (end < 0) {
                end = word(text, i, to);
            }
            if (end < 0) {
                end = i + Character.charCount(text.codePointAt(i));
            }
            Words.add(text, i, end, words);
            i = end;
        }
    }

    /** Two or more capitals, each with its period. */
    private static int initialism(String t, int i, int to) {
        int n = 0;
        int j = i;
        while (j < to) {
            int c = t.codePointAt(j);
            int k = j + Character.charCount(c);
            if (Character.getType(c) != Character.UPPERCASE_LETTER || k >= to || t.charAt(k) != '.') {
                break;
            }
            j = k + 1;
            n++;
        }
        return n >= 2 ? j : -1;
    }

    /** Digits, then one or more groups of a comma and three digits, perhaps decimals, ending where a word ends. */
    private static int grouped(String t, int i, int to) {
        int j = digits(t, i, to);
        if (j == i) {
            return -1;
        }
        int[] groupEnds = new int[(to - j) / 4 + 1];
        int groups = 0;
        while (j < to && t.charAt(j) == ',' && threeNumbers(t, j + 1, to) > 0) {
            j = threeNumbers(t, j + 1, to);
            groupEnds[groups++] = j;
        }
        for (int g = groups - 1; g >= 0; g--) {
            int end = groupEnds[g];
            if (end + 1 < to && t.charAt(end) == '.') {
                int d = digits(t, end + 1, to);
                if (d > end + 1 && boundary(t, d, to)) {
                    return d;
                }
            }
            if (boundary(t, end, to)) {
                return end;
            }
        }
        return -1;
    }

    /** The end of three number characters from j, or -1 (more digits may follow: the word's end decides). */
    private static int threeNumbers(String t, int j, int to) {
        for (int n = 0; n < 3; n++) {
            if (j >= to || !number(t.codePointAt(j))) {
                return -1;
            }
            j += Character.charCount(t.codePointAt(j));
        }
        return j;
    }

    /** Digits, a period, digits. */
    private static int decimal(String t, int i, int to) {
        int j = digits(t, i, to);
        if (j == i || j + 1 >= to || t.charAt(j) != '.') {
            return -1;
        }
        int d = digits(t, j + 1, to);
        return d > j + 1 ? d : -1;
    }

    /** Letters and digits, then any number of apostrophes each followed by letters. */
    private static int word(String t, int i, int to) {
        int j = i;
        while (j < to && (Character.isLetter(t.codePointAt(j)) || number(t.codePointAt(j)))) {
            j += Character.charCount(t.codePointAt(j));
        }
        if (j == i) {
            return -1;
        }
        while (j + 1 < to && (t.charAt(j) == '\'' || t.charAt(j) == '\u2019') && Character.isLetter(t.codePointAt(j + 1))) {
            j++;
            while (j < to && Character.isLetter(t.codePointAt(j))) {
                j += Character.charCount(t.codePointAt(j));
            }
        }
        return j;
    }

    private static int digits(String t, int i, int to) {
        int j = i;
        while (j < to && number(t.codePointAt(j))) {
            j += Character.charCount(t.codePointAt(j));
        }
        return j;
    }

    /** A number character: a digit, a number letter, a fraction or other numeral. */
    private static boolean number(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Whether a word ends at j: a word character on one side only (the stretch ends where the tokens do). */
    private static boolean boundary(String t, int j, int to) {
        boolean left = j > 0 && wordCharacter(t.codePointBefore(j));
        boolean right = j < to && wordCharacter(t.codePointAt(j));
        return left != right;
    }

    private static boolean wordCharacter(int c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
