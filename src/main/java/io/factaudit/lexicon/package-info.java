/**
 * Word classes, each defined once and taken from a published resource where one has the class:
 * WordNet 3.1 through extJWNL ({@link io.factaudit.lexicon.WordNet}) for lemmas, derivations and
 * verb and noun classes; the JDK and ICU for months, weekdays, countries and number words. A
 * list written by hand lives here only where no resource has the class, and says what it lists.
 */
package io.factaudit.lexicon;
