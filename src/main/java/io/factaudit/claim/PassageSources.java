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
    private final MentionsByOffset mentions;
    private final Predicate<Mention> person;

    /** @param mentions the sheet's sources as the article names them, by offset; {@code person} tells which name a person */
    PassageSources(Document document, MentionsByOffset mentions, Predicate<Mention> person) {
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
        int at = indexOf(paragraphs, paragraph);
        int from = at < 0 ? paragraph.start() : paragraphs.get(Math.max(0, at - back)).start();
        // sentences are in text order and do not overlap: those that start at or after from and end by the sentence are a run
        List<Span> sentences = document.sentences();
        for (int k = endingBy(sentences, sentence.start()) - 1; k >= 0 && sentences.get(k).start() >= from; k--) {
            Span earlier = sentences.get(k);
            List<Words.Word> words = Words.of(document, earlier);
            List<Mention> inside = mentions.within(earlier);
            for (int j = inside.size() - 1; j >= 0; j--) {
                Mention m = inside.get(j);
                if (AttributionCues.cued(words, Words.indexAt(words, m.span().start()), Words.indexAt(words, m.span().end()))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "She said", "her estimate": the last source named as a person before an offset, in this paragraph or the one before. */
    Mention lastPersonBefore(int offset) {
        return mentions.lastBefore(previousParagraphStart(document.paragraphOf(offset)), offset, person);
    }

    /** The last sheet name mentioned before an offset, in this paragraph or the one before. */
    Mention lastMentionBefore(int offset) {
        return mentions.lastBefore(previousParagraphStart(document.paragraphOf(offset)), offset, m -> true);
    }

    private int previousParagraphStart(Span paragraph) {
        List<Span> paragraphs = document.paragraphs();
        int before = endingBy(paragraphs, paragraph.start()) - 1;
        return before >= 0 ? paragraphs.get(before).start() : paragraph.start();
    }

    /** How many of the spans (in text order, not overlapping, so their ends ascend) end at or before an offset. */
    private static int endingBy(List<Span> spans, int offset) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (spans.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The index of a paragraph in the document's paragraphs (in text order), -1 when it is not one of them. */
    private static int indexOf(List<Span> spans, Span span) {
        int i = endingBy(spans, span.end() - 1);
        return i < spans.size() && spans.get(i).equals(span) ? i : -1;
    }
}
