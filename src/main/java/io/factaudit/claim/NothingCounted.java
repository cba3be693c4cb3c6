package io.factaudit.claim;

/**
 * Rules that set aside a bare number, one nothing in its sentence says it counts: a number word
 * alone ("one has told interrogators") is a pronoun; a figure in digits needs a count noun, a figure
 * named before, a total or a deadline, or a source of the subject.
 */
final class NothingCounted {

    static final String NAME = "nothing counted";
    static final String SPELLED = "a number word alone";

    private NothingCounted() {
    }
}
