package io.factaudit.claim;

import io.factaudit.sheet.Facts;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a reader builds from a scenario's facts (name matchers, parsed titles), built once per
 * scenario instead of once per article. Facts are looked up by identity: a scenario's facts are
 * one object for the whole audit. When many scenarios have passed, the oldest are forgotten.
 */
final class PerFacts<T> {

    private static final int KEPT = 64;

    private final Function<Facts, T> build;
    private final Map<Facts, T> built = new IdentityHashMap<>();

    PerFacts(Function<Facts, T> build) {
        this.build = build;
    }

    T of(Facts facts) {
        synchronized (built) {
            T value = built.get(facts);
            if (value != null) {
                return value;
            }
        }
        T value = build.apply(facts);
        synchronized (built) {
            if (built.size() >= KEPT) {
                built.clear();
            }
            built.putIfAbsent(facts, value);
            return built.get(facts);
        }
    }
}
