package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Document;
import io.factaudit.language.Mention;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sources a passage names before a sentence, which a figure with no source of its own takes up: the
 * source cited last in its paragraph or a few before ("The agency's evening bulletin is out. The toll rose
 * to 17"), the person or the name mentioned last ("she said", "it added").
 */
final class PassageSources {

    private final Document document;
    private final List<Mention> mentions;
    private final Predicate<Mention> person;

    /** @param mentions the sheet's sources as the article names them, in order; {@code person} tells which name a person */
    PassageSources(Document document, List<Mention> mentions, Predicate<Mention> person) {
        this.document = document;
        this.mentions = mentions;
        this.person = person;
    }

    /**
     * The source cited last before a sentence, in its paragraph or up to {@code back} paragraphs before
     * (a live blog's entries are paragraphs of their own), as the article names it, or null.
     */
    Mention citedBefore(Span sentence, int back) {
        List<Span> paragraphs = document.paragraphs();
        Span paragraph = document.paragraphOf(sentence.start());
        int at = paragraphs.indexOf(paragraph);
        int from = at < 0 ? paragraph.start() : paragraphs.get(Math.max(0, at - back)).start();
        List<Span> before = document.sentences().stream().filter(x -> x.start() >= from && x.end() <= sentence.start()).toList();
        for (int k = before.size() - 1; k >= 0; k--) {
            Span earlier = before.get(k);
            List<Words.Word> words = Words.of(document, earlier);
            for (int j = mentions.size() - 1; j >= 0; j--) {
                Mention m = mentions.get(j);
                if (earlier.contains(m.span())
                    && AttributionCues.cued(words, Words.indexAt(words, m.span().start()), Words.indexAt(words, m.span().end()))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "She said", "her estimate": the last source named as a person before an offset, in this paragraph or the one before. */
    Mention lastPersonBefore(int offset) {
        int limit = previousParagraphStart(document.paragraphOf(offset));
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().end() <= offset && m.span().start() >= limit && person.test(m)) {
                last = m;
            }
        }
        return last;
    }

    /** The last sheet name mentioned before an offset, in this paragraph or the one before. */
    Mention lastMentionBefore(int offset) {
        int limit = previousParagraphStart(document.paragraphOf(offset));
        Mention last = null;
        for (Mention m : mentions) {
            if (m.span().end() <= offset && m.span().start() >= limit) {
                last = m;
            }
        }
        return last;
    }

    private int previousParagraphStart(Span paragraph) {
        int start = paragraph.start();
        for (Span p : document.paragraphs()) {
            if (p.end() <= paragraph.start()) {
                start = p.start();
            }
        }
        return start;
    }
}
