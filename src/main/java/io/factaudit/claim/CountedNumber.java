package io.factaudit.claim;

import io.factaudit.quantity.Quantity;

/**
 * A number of a sentence and what it counts: its first word, the word after the number, the word
 * after what it counts, and the evidence that it counts something.
 */
record CountedNumber(Quantity quantity, int first, int after, int end, Evidence evidence) {
}
