package io.factaudit.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the model artifacts on the class path (no downloads).
 * Models are thread-safe; the tools that use them are not, so each thread gets its own.
 */
final class Models {

    private static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    private static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    static final POSModel TAGS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);

    static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
        ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCES));
    static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(TOKENS));
    /** How words split into tokens, shared by every thread: computing a word's splits costs more than looking them up. */
    static final WordSplits WORD_SPLITS = new WordSplits();
    /** OpenNLP's tagger's search, with less work per word (the same tags). */
    static final ThreadLocal<TagSearch> TAGGER = ThreadLocal.withInitial(() -> new TagSearch(TAGS));

    private Models() {
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the language model " + resource + " is not on the class path");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + resource, e);
        }
    }
}
