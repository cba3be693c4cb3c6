package io.factaudit.claim;

import io.factaudit.article.Span;

/** A number set aside: the rule that did it and the words it looked at. */
record SetAside(String rule, Span words) {
}
