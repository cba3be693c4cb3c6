package io.factaudit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factaudit.article.Span;
import io.factaudit.language.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class MentionsByOffsetTest {

    /** Two invented topics; the sheet names are found out of text order, one inside another. */
    private static final String TEXT = "The Harbour Board said 14 ferries were idle. The Lisk Ferry Line said nine. "
        + "The Orchard Council counted 40 lost trees; the council's survey and the Orchard Council's growers agreed.";

    private static List<Mention> mentions() {
        List<Mention> found = new ArrayList<>();
        for (String name : List.of("Orchard Council", "Harbour Board", "Lisk Ferry Line", "Ferry Line", "council")) {
            for (int at = TEXT.indexOf(name); at >= 0; at = TEXT.indexOf(name, at + 1)) {
                found.add(new Mention(name, name, new Span(at, at + name.length())));
            }
        }
        return found;
    }

    @Test
    void should_find_the_mentions_a_span_holds_as_a_walk_over_every_mention_does_in_the_same_order() {
        List<Mention> all = mentions();
        MentionsByOffset index = new MentionsByOffset(all);
        for (int start = 0; start <= TEXT.length(); start += 3) {
            for (int end = start; end <= TEXT.length(); end += 7) {
                Span span = new Span(start, end);
                assertThat(index.within(span)).isEqualTo(all.stream().filter(m -> span.contains(m.span())).toList());
            }
        }
    }

    @Test
    void should_find_the_last_mention_before_an_offset_as_a_walk_over_every_mention_does() {
        List<Mention> all = mentions();
        MentionsByOffset index = new MentionsByOffset(all);
        List<Predicate<Mention>> tests = List.of(m -> true, m -> m.name().contains("Council"), m -> m.name().equals("none"));
        for (Predicate<Mention> test : tests) {
            for (int from = 0; from <= TEXT.length(); from += 11) {
                for (int offset = 0; offset <= TEXT.length(); offset += 5) {
                    Mention walked = null;
                    for (Mention m : all) {
                        if (m.span().end() <= offset && m.span().start() >= from && test.test(m)) {
                            walked = m;
                        }
                    }
                    assertThat(index.lastBefore(from, offset, test)).isEqualTo(walked);
                }
            }
        }
    }
}
