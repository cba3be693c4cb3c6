package io.factaudit.claim;

import io.factaudit.article.Span;
import io.factaudit.language.Mention;
import java.util.List;

/**
 * The figure a correction gives after the one it withdraws is of the same place: "An earlier version
 * of this article said 36 people had been evacuated from X. The agency's figure is 63." When the
 * sentence before is a correction ({@link Withdrawn}) naming one place, a count naming none is there.
 */
final class CorrectedPlace implements PlaceRule {

    @Override
    public String name() {
        return "the place of the figure the correction withdrew";
    }

    @Override
    public String locate(PlaceSentence s, int first, int after) {
        Span before = null;
        for (Span sentence : s.document().sentences()) {
            if (sentence.end() <= s.span().start()) {
                before = sentence;
            }
        }
        if (before == null || !Withdrawn.isCorrection(Words.of(s.document(), before))) {
            return null;
        }
        List<String> names = s.passage().within(before).stream().map(Mention::name).distinct().toList();
        return names.size() == 1 ? names.get(0) : null;
    }
}
