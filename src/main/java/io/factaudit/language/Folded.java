package io.factaudit.language;

import java.text.Normalizer;

/**
 * Text folded for matching names: curly quotes and apostrophes made straight, diacritics dropped,
 * periods inside abbreviations dropped ("U.S." reads "US"), dashes and non-breaking spaces made plain.
 * Keeps the offset of every folded character in the original, so a match maps back exactly.
 */
public record Folded(String text, int[] origins) {

    public static Folded of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origins = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '.' && isAbbreviationPeriod(original, i)) {
                continue;
            }
            if (c < 128 && c != '`') { // plain ASCII folds to itself: no string per character
                if (n == origins.length) {
                    origins = java.util.Arrays.copyOf(origins, origins.length * 2);
                }
                origins[n++] = i;
                out.append(c);
                continue;
            }
            String folded = fold(c);
            for (int k = 0; k < folded.length(); k++) {
                if (n == origins.length) {
                    origins = java.util.Arrays.copyOf(origins, origins.length * 2);
                }
                origins[n++] = i;
                out.append(folded.charAt(k));
            }
        }
        int[] exact = java.util.Arrays.copyOf(origins, n + 1);
        exact[n] = original.length();
        return new Folded(out.toString(), exact);
    }

    /** The original offset of a folded offset (an end offset maps past its character). */
    public int originStart(int folded) {
        return origins[folded];
    }

    public int originEnd(int foldedEnd) {
        return foldedEnd == 0 ? 0 : origins[foldedEnd - 1] + 1;
    }

    private static String fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u02bc', '\u2032', '`', '\u00b4' -> {
                return "'";
            }
            case '\u201c', '\u201d', '\u201e', '\u2033', '\u00ab', '\u00bb' -> {
                return "\"";
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015' -> {
                return "-";
            }
            case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a' -> {
                return " ";
            }
            case '\u0131' -> {
                return "i";
            }
            default -> {
                if (c < 128) {
                    return String.valueOf(c);
                }
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < d.length(); i++) {
                    if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                        b.append(d.charAt(i));
                    }
                }
                return b.isEmpty() ? String.valueOf(c) : b.toString();
            }
        }
    }

    /** A period between two capitals, or after a capital that follows a period ("U.S.", "U.N."). */
    private static boolean isAbbreviationPeriod(String s, int i) {
        boolean capBefore = i > 0 && Character.isUpperCase(s.charAt(i - 1)) && (i < 2 || !Character.isLetter(s.charAt(i - 2)) || s.charAt(i - 2) == '.');
        if (!capBefore) {
            return false;
        }
        boolean capAfter = i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1))
            && (i + 2 >= s.length() || s.charAt(i + 2) == '.');
        boolean afterAbbrev = i >= 2 && s.charAt(i - 2) == '.';
        return capAfter || afterAbbrev;
    }
}
