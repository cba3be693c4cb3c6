package io.factaudit.claim;

import io.factaudit.lexicon.ClosedClass;
import io.factaudit.lexicon.StanceWords;
import io.factaudit.lexicon.VerbsOfSaying;
import io.factaudit.lexicon.WordNet;
import net.sf.extjwnl.data.POS;

/** Whose figure a count is when the sheet's source is the subject of the verb that governs it. */
final class CountAgent {

    private CountAgent() {
    }

    /**
     * The sheet's source that is the subject of the verb governing the count, when it estimates that subject:
     * the subject's own verb ("Norbek to cut 1,200 jobs"), or a verb of recording or communication just
     * before the number ("the filing lists 860 layoffs", "the registry records 300 cases").
     */
    static String of(CountSentence s, SubjectProfile subject, int first, int head) {
        int verb = subject.activeVerb(s, first, head);
        if (verb < 0) {
            verb = recordingVerb(s, first);
        }
        if (verb < 0) {
            return null;
        }
        String agent = s.context().sources().agentOf(s.span(), s.words(), verb, i -> {
            Words.Word w = s.word(i);
            String tag = s.tag(w);
            return w.is("to") || ClosedClass.MODALS.contains(w.lower()) || ClosedClass.AUXILIARIES.contains(w.lower())
                || StanceWords.PLAN.contains(w.lower()) || tag.equals("ADV");
        });
        return agent != null && s.context().estimates(agent, subject.subject()) ? agent : null;
    }

    /** The verb just before the number, past adverbs, when it is one of saying or of WordNet's verbs of communication; else -1. */
    private static int recordingVerb(CountSentence s, int first) {
        int j = first - 1;
        while (j > 0 && s.tag(s.word(j)).equals("ADV")) {
            j--;
        }
        if (j < 1) {
            return -1;
        }
        String w = s.word(j).lower();
        // "the registry lists 860": a verb in -s the tagger took for a plural noun, as no noun stands before a number
        boolean verbForm = s.tag(s.word(j)).equals("VERB") || s.tag(s.word(j)).equals("NOUN") && w.endsWith("s");
        if (!verbForm) {
            return -1;
        }
        return VerbsOfSaying.contains(w) || WordNet.inLexFile(w, POS.VERB, "verb.communication", 1) ? j : -1;
    }
}
