package io.factaudit.language;

/**
 * One word of quoted speech, normalized for comparison (lower case, diacritics and apostrophes
 * folded, contractions spelled out), with where it stands in the text it was read from.
 *
 * @param text     the normalized word ("it's" gives two words, "it" and "is", both at the same place)
 * @param start    offset of the written word in the text it was read from
 * @param end      end offset (exclusive) of the written word
 * @param afterCut the writer cut the speech just before this word (a closing quote mark between two
 *                 quoted pieces, or an ellipsis), so words left out here are not an alteration
 */
public record SpokenWord(String text, int start, int end, boolean afterCut) {
}
