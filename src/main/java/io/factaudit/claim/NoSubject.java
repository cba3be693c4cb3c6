package io.factaudit.claim;

/**
 * A rule that sets a number aside: it counts something, but no subject of the sheet fits it (its
 * head names none, and no subject is named in the sentence, its paragraph or the heading above).
 */
final class NoSubject {

    static final String NAME = "no subject of the sheet";

    private NoSubject() {
    }
}
