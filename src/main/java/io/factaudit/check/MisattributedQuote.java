package io.factaudit.check;

import io.factaudit.sheet.KnownQuote;

/** The message of a misattributed quote: whose words they are, and whom the article credits. */
final class MisattributedQuote {

    private MisattributedQuote() {
    }

    static String message(KnownQuote quote, String speaker) {
        return "attributes to " + speaker + " words that " + quote.speaker() + " said on " + quote.date() + ": \""
            + quote.words() + "\" (" + quote.where() + "); name " + quote.speaker() + " as the speaker";
    }
}
