package io.factaudit.check;

import io.factaudit.claim.QuoteMatch;
import io.factaudit.language.Alignment.Edit;
import io.factaudit.language.Alignment.Op;
import io.factaudit.language.SpokenWord;
import java.util.ArrayList;
import java.util.List;

/** The message of an altered quote: which words the article left out, added or changed. */
final class AlteredQuote {

    private AlteredQuote() {
    }

    /**
     * @param quoted the quoted words as the claim holds them (the text the match's article words index)
     */
    static String message(QuoteMatch match, String quoted) {
        var quote = match.quote();
        return "differs from what " + quote.speaker() + " said on " + quote.date() + ": "
            + String.join("; ", differences(match, quoted)) + ". The exact words are \"" + quote.words() + "\" ("
            + quote.where() + "); quote them word for word, or close the quote marks where words are left out";
    }

    /** Each run of differing words: left out "…", added "…", changed "…" for "…". */
    static List<String> differences(QuoteMatch match, String quoted) {
        List<String> found = new ArrayList<>();
        List<Edit> run = new ArrayList<>();
        for (Edit edit : match.alignment().edits()) {
            if (edit.op() == Op.SAME) {
                describe(run, match, quoted).ifPresent(found::add);
                run.clear();
            } else {
                run.add(edit);
            }
        }
        describe(run, match, quoted).ifPresent(found::add);
        return found;
    }

    private static java.util.Optional<String> describe(List<Edit> run, QuoteMatch match, String quoted) {
        if (run.isEmpty()) {
            return java.util.Optional.empty();
        }
        String written = surface(run.stream().filter(e -> e.article() >= 0).map(e -> match.article().get(e.article()))
            .toList(), quoted);
        String said = surface(run.stream().filter(e -> e.known() >= 0).map(e -> match.known().get(e.known())).toList(),
            match.quote().words());
        if (written.isEmpty()) {
            return java.util.Optional.of("left out \"" + said + "\"");
        }
        if (said.isEmpty()) {
            return java.util.Optional.of("added \"" + written + "\"");
        }
        return java.util.Optional.of("changed \"" + written + "\" for \"" + said + "\"");
    }

    /** The words as written, from the first to the last. */
    private static String surface(List<SpokenWord> words, String text) {
        if (words.isEmpty()) {
            return "";
        }
        return text.substring(words.get(0).start(), words.get(words.size() - 1).end());
    }
}
