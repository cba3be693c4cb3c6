package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Mention;
import io.factaudit.quantity.NumberReader;
import io.factaudit.quantity.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures given in turn for the places the sentence before named, through a noun group that counts
 * them: "The unions counted 30,000 in X and 25,000 in Y. Police figures for the two cities were 12,000
 * and 11,500": the first figure is X's, the second Y's, as many figures as places.
 */
final class RespectivePlaces implements PlaceRule {

    private static final NumberReader NUMBERS = new NumberReader();

    @Override
    public String name() {
        return "the places the sentence before named, in turn";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        int group = -1;
        int places = 0;
        for (int i = 0; i < first && group < 0; i++) {
            if (s.word(i).is("both") && i + 1 < first && s.tag(i + 1).equals("NOUN")) {
                group = i;
                places = 2;
            } else if (s.word(i).is("the") && i + 2 < first && s.tag(i + 1).equals("NUM") && s.tag(i + 2).equals("NOUN")) {
                group = i;
                places = value(s, i + 1);
            }
        }
        if (group < 0 || places < 2) {
            return null;
        }
        List<Integer> figures = new ArrayList<>();
        for (int i = group + 3; i < s.size(); i++) {
            if (s.isNumber(i) && Character.isDigit(s.word(i).written().charAt(0))) {
                figures.add(i);
            }
        }
        List<String> named = placesBefore(s);
        int k = figures.indexOf(first);
        return figures.size() == places && named.size() == places && k >= 0 ? named.get(k) : null;
    }

    /** The value of a spelled or written number word ("two", "3"), or 0. */
    private static int value(PlaceSentence s, int i) {
        Span span = s.word(i).span();
        List<Quantity> read = NUMBERS.read(s.document().textOf(span), span.start(), 0.1);
        return read.size() == 1 && read.get(0).interval().low() != null ? read.get(0).interval().low().intValue() : 0;
    }

    /** The distinct places of the sentence just before, in the order they are first named. */
    private static List<String> placesBefore(PlaceSentence s) {
        Span before = null;
        for (Span sentence : s.document().sentences()) {
            if (sentence.end() <= s.span().start()) {
                before = sentence;
            }
        }
        List<String> names = new ArrayList<>();
        if (before != null) {
            for (Mention m : s.passage().within(before)) {
                if (!names.contains(m.name())) {
                    names.add(m.name());
                }
            }
        }
        return names;
    }
}
