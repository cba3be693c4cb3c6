package io.factaudit.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A committed word class: each line a lemma and its forms; read into form → lemma. */
final class WordFormsFile {

    private WordFormsFile() {
    }

    static Map<String, String> read(String file) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = WordFormsFile.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the word class " + file + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] forms = line.trim().split(" ");
                for (String f : forms) {
                    map.putIfAbsent(f, forms[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
