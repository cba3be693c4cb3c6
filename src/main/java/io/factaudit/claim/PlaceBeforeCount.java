package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import io.factaudit.language.NameMatcher;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Name;
import io.factaudit.sheet.Place;
import java.util.List;

/**
 * A sheet place that qualifies the count noun itself, as headlines write it: "Varn count climbs
 * to 52", "Tarsk cases pass 30", "Varn flu cases climb above 90": the place, at most two
 * lower-case words, then the count's words; or the place that has it ("Varn has 11 cases"). It
 * locates a count no other words locate.
 */
final class PlaceBeforeCount {

    private static final int BETWEEN = 2;
    /** "Varn's count": the place's possessive ending. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("^['\u2019]s\\b");
    /** Universal part-of-speech tags of words that start another phrase or clause. */
    private static final java.util.Set<String> CLAUSE_LINKS = java.util.Set.of("ADP", "CCONJ", "SCONJ");

    private final Document document;
    private final List<Mention> places;

    private PlaceBeforeCount(Document document, List<Mention> places) {
        this.document = document;
        this.places = places;
    }

    static PlaceBeforeCount of(Document document, Facts facts) {
        if (facts.places().isEmpty()) {
            return new PlaceBeforeCount(document, List.of());
        }
        NameMatcher matcher = new NameMatcher();
        for (Place p : facts.places()) {
            matcher.add(p.name(), facts.name(p.name()).map(Name::spellings).orElse(List.of(p.name())));
        }
        return new PlaceBeforeCount(document, matcher.find(document.text()));
    }

    /** The count located by a place just before its words, when nothing else located it. */
    CountClaim locate(CountClaim c) {
        if (c.where() != null || places.isEmpty()) {
            return c;
        }
        Span sentence = document.sentenceOf(c.span().start());
        for (Mention m : places) {
            if (m.span().end() <= c.span().start() && sentence.contains(m.span()) && joined(sentence, m.span().end(), c.span().start())
                && !listedLast(m)) {
                return new CountClaim(c.span(), c.text(), c.subject(), c.interval(), c.source(), c.sourceOnSheet(),
                    c.earlier(), c.asOf(), m.name());
            }
        }
        return c;
    }

    /** "X, Y and Z each have 300": the last of a list of places, whose count is of them together. */
    private boolean listedLast(Mention m) {
        return places.stream().anyMatch(p -> p.span().end() <= m.span().start() && LIST_LINK.matcher(
            document.text().substring(p.span().end(), m.span().start())).matches());
    }

    private static final java.util.regex.Pattern LIST_LINK = java.util.regex.Pattern.compile(",?\\s+(and|or)\\s+");

    /**
     * Only lower-case words, at most two, between the place and the count's words, none a preposition
     * or a conjunction ("in Tarsk as toll rises" puts the place in another clause): "Varn has",
     * "Varn flu", "Varn's".
     */
    private boolean joined(Span sentence, int from, int to) {
        String between = POSSESSIVE.matcher(document.text().substring(from, to)).replaceFirst("").strip();
        if (between.isEmpty()) {
            return true;
        }
        String[] words = between.split(" +");
        if (words.length > BETWEEN || !between.chars().allMatch(ch -> Character.isLowerCase(ch) || ch == ' ')) {
            return false;
        }
        return document.tokens(sentence).stream().filter(t -> t.span().start() >= from && t.span().end() <= to)
            .noneMatch(t -> CLAUSE_LINKS.contains(t.tag()));
    }
}
