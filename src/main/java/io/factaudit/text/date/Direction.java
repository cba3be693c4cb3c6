package io.factaudit.text.date;

/** Which way a date without a year or week of its own points from the article's date: "visited on Friday", "will visit on Friday". */
public enum Direction {
    PAST, FUTURE
}
