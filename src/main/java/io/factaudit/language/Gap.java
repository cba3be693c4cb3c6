package io.factaudit.language;

/** Which words, and how many, may stand between the words of a sheet's phrase in an article. */
public interface Gap {

    /** No word may intervene (determiners aside). */
    Gap NONE = of(0, (words, i) -> false);

    /** At most {@code max} words between two words of the phrase. */
    int max();

    boolean allows(SentenceWords words, int i);

    interface Test {
        boolean allows(SentenceWords words, int i);
    }

    static Gap of(int max, Test test) {
        return new Gap() {
            @Override
            public int max() {
                return max;
            }

            @Override
            public boolean allows(SentenceWords words, int i) {
                return test.allows(words, i);
            }
        };
    }
}
