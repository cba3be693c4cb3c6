package io.factaudit.claim;

import io.factaudit.sheet.Facts;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What a reader compiles from a scenario's facts (phrase indexes), kept while the same facts come
 * back: a scenario's articles are read one after another, often on several threads at once.
 *
 * @param <T> the compiled form
 */
final class CompiledFacts<T> {

    private record Entry<T>(Facts facts, T compiled) {
    }

    private final Function<Facts, T> compiler;
    private final AtomicReference<Entry<T>> last = new AtomicReference<>();

    CompiledFacts(Function<Facts, T> compiler) {
        this.compiler = compiler;
    }

    T of(Facts facts) {
        Entry<T> e = last.get();
        if (e == null || e.facts() != facts) {
            e = new Entry<>(facts, compiler.apply(facts));
            last.set(e);
        }
        return e.compiled();
    }
}
