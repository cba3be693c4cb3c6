package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;

/** A sheet with places (Ostland holds Marlow County; Vesterby) and one place rule applied to a sentence of a test. */
final class PlaceFixture {

    static final Facts PLACES = sheet(true);
    static final Facts NO_PLACES = sheet(false);

    private PlaceFixture() {
    }

    private static Facts sheet(boolean withPlaces) {
        SheetFixture sheet = new SheetFixture().names("cases | infections", "Health Board | board",
            "Ostland | Ost.", "Marlow County | Marlow", "Vesterby |");
        if (withPlaces) {
            sheet.builder().places(sheet.table("place | within", "Ostland |", "Vesterby |", "Marlow County | Ostland"));
        }
        return sheet.estimates("cases", "Health Board | 2031-01-05 | 900").facts();
    }

    /** What {@code rule} says of the number written as {@code number} (its last occurrence) in the text's last sentence. */
    static String locate(PlaceRule rule, String text, String number) {
        Document document = SheetFixture.document(text, "2031-01-06");
        int at = text.lastIndexOf(number);
        Span sentence = document.sentenceOf(at);
        PlaceSentence s = new PlaceSentence(document, sentence, PlaceMentions.of(document, PLACES));
        return rule.locate(s, s.indexAt(at), s.indexAt(at + number.length()));
    }

    /** Where all the place rules together put the number. */
    static String locate(Facts facts, String text, String number) {
        Document document = SheetFixture.document(text, "2031-01-06");
        int at = text.lastIndexOf(number);
        return CountPlace.of(document, facts).locate(document.sentenceOf(at), new Span(at, at + number.length()));
    }
}
