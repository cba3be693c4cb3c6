package io.factaudit.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds every numeral of a text, left to right, each lexeme in at most one numeral. */
final class NumeralScanner {

    /** Words that may start a numeral besides the number words: "a dozen", "half a million", "several hundred". */
    private static final Set<String> OPENERS = Set.of(
            "a", "an", "half", "quarter", "minus", "negative", "several", "tens", "dozens", "scores", "hundreds",
            "thousands", "millions", "billions", "trillions");

    private NumeralScanner() {
    }

    static List<Numeral> scan(Lexemes lx) {
        CodeReader codes = new CodeReader(lx);
        CardinalReader cardinals = new CardinalReader(lx);
        VagueReader vague = new VagueReader(lx);
        List<Numeral> out = new ArrayList<>();
        int i = 0;
        while (i < lx.size()) {
            if (!mayStart(lx, i)) {
                i++;
                continue;
            }
            List<Numeral> parts = codes.readAt(i);
            if (!parts.isEmpty()) {
                out.addAll(parts);
                i = parts.get(parts.size() - 1).last() + 1;
                continue;
            }
            Numeral n = cardinals.readAt(i);
            if (n == null) {
                n = vague.readAt(i);
            }
            if (n != null) {
                out.add(n);
                i = n.last() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** A cheap test before the readers try a lexeme: most lexemes of a sentence start no numeral. */
    private static boolean mayStart(Lexemes lx, int i) {
        Lexeme t = lx.get(i);
        return switch (t.kind()) {
            case DIGITS -> true;
            case WORD -> NumberWords.isNumberWord(t.lower()) || OPENERS.contains(t.lower());
            case SYMBOL -> lx.isDigits(i + 1); // ".08", "-5"
        };
    }
}
