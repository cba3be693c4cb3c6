package io.factaudit.language;

import io.factaudit.article.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Where OpenNLP's tokenizer cuts a text: the tokens the tagger reads. The one tokenizer of the
 * project; an article's sentences are cut once ({@link Document#tokenSpans}), a text that is no
 * article's (a sheet's spelling) through here.
 */
public final class TokenSpans {

    private TokenSpans() {
    }

    /** The tokens of part of a text, located in the whole text, in text order. */
    public static List<Span> of(String text, Span range) {
        String part = text.substring(range.start(), range.end());
        opennlp.tools.util.Span[] spans = Models.WORD_SPLITS.tokenize(part, Models.TOKENIZER.get());
        List<Span> result = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span s : spans) {
            result.add(new Span(range.start() + s.getStart(), range.start() + s.getEnd()));
        }
        return result;
    }
}
