package io.factaudit.claim;

/** What makes a number a count of a subject: the words after it, "N people", a pronoun, nothing yet, a count noun, an earlier count. */
enum Evidence { HEAD, PEOPLE, PRONOUN, BARE, COUNT_NOUN, REFERENCE }
