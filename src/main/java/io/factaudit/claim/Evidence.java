package io.factaudit.claim;

/** What makes a number a count of a subject: the words after it, "N people", a pronoun, nothing yet, a count noun, an earlier count. */
enum Evidence {
    HEAD("the noun after it"), PEOPLE("people left unsaid"), PRONOUN("a pronoun after it"), BARE("a bare number"),
    COUNT_NOUN("a count noun beside it"), REFERENCE("a count before it");

    /** The frame {@code explain} names for a count read by this evidence. */
    final String frame;

    Evidence(String frame) {
        this.frame = frame;
    }
}
