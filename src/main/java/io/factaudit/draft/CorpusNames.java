package io.factaudit.draft;

import io.factaudit.sheet.Name;
import java.util.List;

/** The names of a corpus with no sheet: not found yet (the draft then has names to fill in). */
final class CorpusNames {

    private CorpusNames() {
    }

    static List<Name> of(DraftCorpus corpus) {
        return List.of();
    }
}
