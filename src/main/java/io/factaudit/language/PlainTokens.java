package io.factaudit.language;

/**
 * Sentences and tokens with the project's OpenNLP models and nothing else: no paragraphs, no
 * abbreviations joined, no tags, no cache. What reading any article costs at the least with these
 * models; the benchmark measures the audit against it.
 */
public final class PlainTokens {

    private PlainTokens() {
    }

    /** How many tokens the text's sentences hold. */
    public static int count(String text) {
        int tokens = 0;
        for (opennlp.tools.util.Span s : Models.SENTENCE_DETECTOR.get().sentPosDetect(text)) {
            tokens += Models.TOKENIZER.get().tokenizePos(s.getCoveredText(text).toString()).length;
        }
        return tokens;
    }
}
