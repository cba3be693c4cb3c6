package io.factaudit.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The best word-by-word alignment of quoted speech with a known text, where either may run past
 * the other: an article may quote a fragment of the known words, or more than the known words.
 * Inside the aligned stretch every difference counts, except words of the known text skipped at a
 * cut (between quoted pieces, or at an ellipsis): a reporter who closes the quote marks may skip.
 *
 * @param edits       the differences and agreements, in order, over the aligned stretch
 * @param matches     how many words agree
 * @param articleFrom first aligned article word; {@code articleTo} one past the last
 * @param knownFrom   first aligned known word; {@code knownTo} one past the last
 */
public record Alignment(List<Edit> edits, int matches, int articleFrom, int articleTo, int knownFrom, int knownTo) {

    /** One step of the alignment; an index is -1 where that side has no word. */
    public record Edit(Op op, int article, int known) {
    }

    public enum Op {
        SAME, CHANGED, ADDED, LEFT_OUT
    }

    private static final int SAME = 2;
    private static final int DIFFERENT = -1;
    private static final int GAP = -1;

    public Alignment {
        edits = List.copyOf(edits);
    }

    /** The edits that are differences. */
    public List<Edit> differences() {
        return edits.stream().filter(e -> e.op() != Op.SAME).toList();
    }

    public static Alignment of(List<SpokenWord> article, List<SpokenWord> known) {
        int n = article.size();
        int m = known.size();
        int[][] score = new int[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // 0 start, 1 diagonal, 2 article word added, 3 known word left out
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                boolean same = article.get(i - 1).text().equals(known.get(j - 1).text());
                int best = score[i - 1][j - 1] + (same ? SAME : DIFFERENT);
                byte how = 1;
                int added = score[i - 1][j] + GAP;
                if (added > best) {
                    best = added;
                    how = 2;
                }
                int leftOut = score[i][j - 1] + (isCut(article, i) ? 0 : GAP);
                if (leftOut > best) {
                    best = leftOut;
                    how = 3;
                }
                score[i][j] = best;
                move[i][j] = how;
            }
        }
        // the article may stop before the known words do (a fragment), or go on after them
        int endI = n;
        int endJ = 0;
        for (int j = 0; j <= m; j++) {
            if (score[n][j] > score[endI][endJ]) {
                endI = n;
                endJ = j;
            }
        }
        for (int i = 0; i <= n; i++) {
            if (score[i][m] > score[endI][endJ]) {
                endI = i;
                endJ = m;
            }
        }
        return trace(article, known, move, endI, endJ);
    }

    private static Alignment trace(List<SpokenWord> article, List<SpokenWord> known, byte[][] move, int endI, int endJ) {
        List<Edit> edits = new ArrayList<>();
        int i = endI;
        int j = endJ;
        while (i > 0 && j > 0 && move[i][j] != 0) {
            switch (move[i][j]) {
                case 1 -> {
                    boolean same = article.get(i - 1).text().equals(known.get(j - 1).text());
                    edits.add(new Edit(same ? Op.SAME : Op.CHANGED, i - 1, j - 1));
                    i--;
                    j--;
                }
                case 2 -> {
                    edits.add(new Edit(Op.ADDED, i - 1, -1));
                    i--;
                }
                default -> {
                    if (!isCut(article, i)) {
                        edits.add(new Edit(Op.LEFT_OUT, -1, j - 1));
                    }
                    j--;
                }
            }
        }
        Collections.reverse(edits);
        // leading and trailing steps that are not agreements are outside the aligned stretch
        int first = 0;
        while (first < edits.size() && edits.get(first).op() != Op.SAME) {
            first++;
        }
        int last = edits.size();
        while (last > first && edits.get(last - 1).op() != Op.SAME) {
            last--;
        }
        List<Edit> inside = withoutSpellingVariants(article, known, edits.subList(first, last));
        if (inside.isEmpty()) {
            return new Alignment(List.of(), 0, 0, 0, 0, 0);
        }
        int articleFrom = inside.get(0).article();
        int knownFrom = inside.get(0).known();
        int articleTo = inside.get(inside.size() - 1).article() + 1;
        int knownTo = inside.get(inside.size() - 1).known() + 1;
        // where the quoted piece goes on past the stretch and so do the known words, the piece
        // quotes other words than the known ones there
        int lead = Math.min(wordsBeforeInPiece(article, articleFrom), knownFrom);
        for (int k = 1; k <= lead; k++) {
            inside.add(0, pair(article, known, articleFrom - k, knownFrom - k));
        }
        int trail = Math.min(wordsAfterInPiece(article, articleTo), known.size() - knownTo);
        for (int k = 0; k < trail; k++) {
            inside.add(pair(article, known, articleTo + k, knownTo + k));
        }
        int agreeing = (int) inside.stream().filter(e -> e.op() == Op.SAME).count();
        return new Alignment(inside, agreeing, articleFrom - lead, articleTo + trail, knownFrom - lead, knownTo + trail);
    }

    /** "northwest" for "north-west", "health care" for "healthcare": the same letters, differently joined. */
    private static List<Edit> withoutSpellingVariants(List<SpokenWord> article, List<SpokenWord> known, List<Edit> edits) {
        List<Edit> kept = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.SAME) {
                kept.add(edits.get(i++));
                continue;
            }
            int end = i;
            StringBuilder written = new StringBuilder();
            StringBuilder said = new StringBuilder();
            while (end < edits.size() && edits.get(end).op() != Op.SAME) {
                Edit e = edits.get(end++);
                if (e.article() >= 0) {
                    written.append(article.get(e.article()).text());
                }
                if (e.known() >= 0) {
                    said.append(known.get(e.known()).text());
                }
            }
            if (written.isEmpty() || !written.toString().equals(said.toString())) {
                kept.addAll(edits.subList(i, end));
            }
            i = end;
        }
        return kept;
    }

    private static Edit pair(List<SpokenWord> article, List<SpokenWord> known, int a, int k) {
        boolean same = article.get(a).text().equals(known.get(k).text());
        return new Edit(same ? Op.SAME : Op.CHANGED, a, k);
    }

    private static int wordsBeforeInPiece(List<SpokenWord> article, int from) {
        int count = 0;
        for (int i = from; i > 0 && !article.get(i).afterCut(); i--) {
            count++;
        }
        return count;
    }

    private static int wordsAfterInPiece(List<SpokenWord> article, int to) {
        int count = 0;
        for (int i = to; i < article.size() && !article.get(i).afterCut(); i++) {
            count++;
        }
        return count;
    }

    /** Known words may be skipped for free before article word i (0-based i-1 is the word before). */
    private static boolean isCut(List<SpokenWord> article, int i) {
        return i == 0 || i == article.size() || article.get(i).afterCut();
    }
}
