package io.factaudit.quantity;

/**
 * One piece of a sentence as the number reader sees it: a run of ASCII digits, a run of letters,
 * or a single other character. Finer than a word tokenizer on purpose: "12,000", "$14bn" and
 * "7.8-magnitude" are put together by the readers, which know what the pieces mean.
 *
 * @param spaced whether white space comes before it (false: glued to the previous lexeme)
 * @param lower  the text in lower case (words), or the text itself
 */
record Lexeme(Kind kind, int start, int end, String text, String lower, boolean spaced) {

    enum Kind { DIGITS, WORD, SYMBOL }
}
