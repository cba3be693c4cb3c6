package io.factaudit.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The search gives every sentence the tags OpenNLP's own tagger gives it, whatever its words. */
class TagSearchTest {

    /** Invented sentences on two topics (a cheese fair, a canal's locks), in many forms of saying, number and clause. */
    private static final List<String> OPENINGS = List.of(
        "About 1,250 wheels of cheese were sold at the fair",
        "Nearly four hundred boats passed the Ostwick locks",
        "The organisers counted 3,400 visitors on Sunday",
        "Fewer than 40 stalls, most of them from the valley,",
        "Two of the nine gates that the canal trust repaired last spring",
        "Since Monday, some 75 barges have waited below the weir",
        "\"We expect twice as many tasters next year,\"");
    private static final List<String> ENDINGS = List.of(
        "the fair's director said.",
        "according to the canal trust.",
        ", officials told reporters on Tuesday.",
        "and the queue reached the bridge.",
        "while the keepers, who had worked overnight, rested.",
        "— a record, a spokeswoman claimed.",
        "?");

    @Test
    void should_tag_every_sentence_as_opennlps_tagger_does() {
        TagSearch search = new TagSearch(Models.TAGS);
        POSTaggerME reference = new POSTaggerME(Models.TAGS);
        List<String[]> sentences = new ArrayList<>();
        for (String opening : OPENINGS) {
            for (String ending : ENDINGS) {
                sentences.add(words(opening + " " + ending));
            }
        }
        sentences.add(new String[0]);
        sentences.add(new String[] {"Closed"});
        sentences.add(words("Lock keepers lock the locks , and the fair fairs well , they say , say officials"));
        for (String[] words : sentences) {
            assertThat(search.tag(words)).as(String.join(" ", words)).containsExactly(reference.tag(words));
        }
    }

    @Test
    void should_tag_the_same_words_alike_however_often_it_is_asked() {
        TagSearch search = new TagSearch(Models.TAGS);
        String[] words = words("The trust said 18 locks , not 12 , would reopen by May .");
        String[] first = search.tag(words);
        search.tag(words("Cheese prices fell ."));
        assertThat(search.tag(words)).containsExactly(first);
        assertThat(first).contains("NUM", "VERB");
    }

    private static String[] words(String sentence) {
        return Models.WORD_SPLITS.tokenize(sentence, Models.TOKENIZER.get()).length == 0 ? new String[0]
            : java.util.Arrays.stream(Models.WORD_SPLITS.tokenize(sentence, Models.TOKENIZER.get()))
                .map(s -> s.getCoveredText(sentence).toString()).toArray(String[]::new);
    }
}
