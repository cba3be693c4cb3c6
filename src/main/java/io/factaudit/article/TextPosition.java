package io.factaudit.article;

/** A 1-based line and column in an article's file. */
public record TextPosition(int line, int column) {
}
