package io.factaudit.lexicon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the lexicon learned about a word (or a pair of words), remembered up to a bound: an archive
 * brings ever new words (names, misspellings, numbers written out), and a memo without a bound
 * would grow with the archive, not with the language. Past {@link #CAPACITY} entries a word is
 * looked up afresh each time; the answer is the same, only slower. Safe from any thread; the
 * lookup must not depend on anything but its key.
 */
public final class WordMemo<V> {

    public static final int CAPACITY = 50_000;

    private final Map<String, V> known = new ConcurrentHashMap<>();

    /** The value for a key, computed on the first ask (and again past the bound). */
    public V computeIfAbsent(String key, Function<String, V> lookUp) {
        V value = known.get(key);
        if (value != null) {
            return value;
        }
        value = lookUp.apply(key);
        if (known.size() < CAPACITY) {
            known.putIfAbsent(key, value);
        }
        return value;
    }

    /** How many entries are remembered. */
    public int size() {
        return known.size();
    }
}
