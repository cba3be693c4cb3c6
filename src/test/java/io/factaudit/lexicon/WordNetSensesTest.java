package io.factaudit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/**
 * WordNet answers the same whatever was asked before and from any number of threads. extJWNL keeps one index entry per lemma for
 * every thread and fills the entry's list of senses on first use, without a lock around creating
 * the list: two threads asking at once can each make one, and the one that loses the race finds
 * the offsets already taken and stays empty for the rest of the run: a word then falls out of its
 * class (a verb of saying no longer one) in one audit out of many. The list also answers
 * {@code forEach} with nothing until some other use has filled it.
 */
class WordNetSensesTest {

    private static final int THREADS = 8;

    @Test
    void aLookupLeavesTheSharedIndexEntryAsItWasRead() throws Exception {
        for (String lemma : List.of("lantern", "orchard", "kettle")) {
            List<Synset> senses = WordNet.senses(lemma, POS.NOUN);
            WordNet.isA(lemma, POS.NOUN, java.util.Set.of(-1L), 3);
            WordNet.derivations(lemma);

            IndexWord entry = WordNet.dictionary().getIndexWord(POS.NOUN, lemma);
            assertThat(senses).as("the senses of %s", lemma).isNotEmpty()
                .extracting(Synset::getOffset).containsExactly(boxed(entry.getSynsetOffsets()));
            // the offsets are the entry's own until its lazy list is filled, then a copy made from that list
            assertThat(entry.getSynsetOffsets()).as("the offsets of the shared entry for %s, never cleared", lemma)
                .isSameAs(entry.getSynsetOffsets());
        }
    }

    @Test
    void twoWordsShareASenseWhicheverIsAskedFirstAndWhateverWasReadBefore() {
        // neither verb read before: the first word's senses were once taken by forEach from a list not yet filled
        assertThat(Synonyms.shareASense("mend", "repair")).as("mend, repair").isTrue();
        assertThat(Synonyms.shareASense("repair", "mend")).as("repair, mend").isTrue();
        assertThat(Synonyms.shareASense("scrub", "scour")).as("scrub, scour").isTrue();
        assertThat(Synonyms.shareASense("scrub", "mend")).as("scrub, mend").isFalse();
    }

    @Test
    void manyThreadsAskingForTheSameFreshWordsAtOnceGetWhatOneThreadGets() throws Exception {
        Dictionary own = Dictionary.getDefaultResourceInstance(); // a reading no other thread touches
        List<String> lemmas = new ArrayList<>();
        var entries = own.getIndexWordIterator(POS.VERB);
        while (entries.hasNext() && lemmas.size() < 400) {
            IndexWord w = entries.next();
            if (w.getSynsetOffsets().length > 1 && !w.getLemma().contains(" ")) {
                lemmas.add(w.getLemma());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (String lemma : lemmas) {
                List<Long> expected = new ArrayList<>();
                for (Synset s : own.getIndexWord(POS.VERB, lemma).getSenses()) { // forEach would see none before they load
                    expected.add(s.getOffset());
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Long>>> readings = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    readings.add(pool.submit(() -> {
                        start.await();
                        return WordNet.senses(lemma, POS.VERB).stream().map(Synset::getOffset).toList();
                    }));
                }
                start.countDown();
                for (Future<List<Long>> reading : readings) {
                    assertThat(reading.get()).as("the senses of the verb %s read on one of %d threads", lemma, THREADS)
                        .isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Long[] boxed(long[] offsets) {
        Long[] boxed = new Long[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            boxed[i] = offsets[i];
        }
        return boxed;
    }

    @Test
    void aWordAskedAgainGetsTheSameLemmasAndSensesInAnyCase() {
        // remembered per part of speech: a second ask, in capitals or not, answers as the first
        assertThat(WordNet.lemmas("Harvested", POS.VERB)).containsExactlyElementsOf(WordNet.lemmas("harvested", POS.VERB))
            .contains("harvest");
        assertThat(WordNet.lemmas("beehives", POS.NOUN)).containsExactly("beehive");
        assertThat(WordNet.lemmas("beehives", POS.VERB)).isEmpty();
        assertThat(WordNet.senses("ferry", POS.NOUN)).isEqualTo(WordNet.senses("ferry", POS.NOUN)).isNotEmpty();
        assertThat(WordNet.senses("ferry", POS.VERB)).isNotEqualTo(WordNet.senses("ferry", POS.NOUN));
    }
}
