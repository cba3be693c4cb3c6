package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.lexicon.Locatives;
import java.util.List;

/**
 * A count followed by a partition that puts all of it in one place (FACT-SHEETS.md 1.1, "Places and
 * parts of a whole"): "11 cases, all in X", "26 cases in Y, all of them in X". The whole is also a
 * count of that place: the same figure, subject and source, located there.
 */
final class AllInPlace {

    /** The rule's name, as {@code explain} shows it beside the place it read. */
    static final String NAME = "all of a count in one place";

    private AllInPlace() {
    }

    /** The part of {@code whole} the words after it put in one place, or null when they do not. */
    static CountClaim part(CountClaim whole, List<Words.Word> words, Span sentence, CountPlace places, Document document) {
        int i = Words.indexAt(words, whole.span().end());
        // the rest of the count's phrase: "14 deaths in the county, all in X"
        while (i < words.size() && !words.get(i).punctuation() && !Character.isDigit(words.get(i).written().charAt(0))) {
            i++;
        }
        if (i + 1 >= words.size() || !words.get(i).is(",") || !words.get(i + 1).is("all")) {
            return null;
        }
        int preposition = i + 2 + (i + 3 < words.size() && words.get(i + 2).is("of") && words.get(i + 3).is("them", "those") ? 2 : 0);
        if (preposition >= words.size() || !Locatives.PREPOSITIONS.contains(words.get(preposition).lower())) {
            return null;
        }
        Words.Word all = words.get(i + 1);
        String place = places.locate(sentence, all.span());
        if (place == null || place.equals(whole.where())) {
            return null;
        }
        int end = all.span().end();
        for (int j = i + 2; j < words.size() && !words.get(j).punctuation(); j++) {
            end = words.get(j).span().end();
        }
        Span span = new Span(all.span().start(), end);
        return new CountClaim(span, document.textOf(span), whole.subject(), whole.interval(), whole.source(),
            whole.sourceOnSheet(), whole.earlier(), whole.asOf(), place);
    }
}
