package io.factaudit.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences a generated article is made of: templates of each kind of sentence (counts,
 * states, quotes, titles, dated events, figures that are not counts, plain prose) with slots
 * filled from lists of values, read from {@code phrasebook.txt} beside this class.
 */
final class Phrasebook {

    /** One kind of sentence, chosen with a weight relative to the other kinds. */
    record Kind(String name, int weight, List<String> templates) {
    }

    private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9]+)}");
    private static final Pattern SECTION = Pattern.compile("\\[(sentences|headlines|openers|slot)(?:\\s+(\\S+))?(?:\\s+(\\d+))?]");
    private static final int MAX_DEPTH = 4;

    private final List<Kind> kinds;
    private final int totalWeight;
    private final List<String> headlines;
    private final List<String> openers;
    private final Map<String, List<String>> slots;

    private Phrasebook(List<Kind> kinds, List<String> headlines, List<String> openers, Map<String, List<String>> slots) {
        this.kinds = kinds.stream().map(k -> new Kind(k.name(), k.weight(), List.copyOf(k.templates()))).toList();
        this.totalWeight = kinds.stream().mapToInt(Kind::weight).sum();
        this.headlines = List.copyOf(headlines);
        this.openers = List.copyOf(openers);
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        slots.forEach((name, values) -> frozen.put(name, List.copyOf(values)));
        this.slots = Map.copyOf(frozen);
    }

    /** The phrasebook shipped with the benchmark. */
    static Phrasebook standard() {
        try (InputStream in = Phrasebook.class.getResourceAsStream("phrasebook.txt")) {
            if (in == null) {
                throw new IllegalStateException("phrasebook.txt is not on the class path beside " + Phrasebook.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark phrasebook", e);
        }
    }

    /** Reads a phrasebook's text; every slot a template names must have values. */
    static Phrasebook parse(String text) {
        List<Kind> kinds = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        List<String> openers = new ArrayList<>();
        Map<String, List<String>> slots = new LinkedHashMap<>();
        List<String> current = null;
        int lineNumber = 0;
        for (String raw : text.split("\\R")) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                current = new ArrayList<>();
                switch (m.group(1)) {
                    case "sentences" -> kinds.add(new Kind(m.group(2), weight(m.group(3), lineNumber), current));
                    case "headlines" -> headlines = current;
                    case "openers" -> openers = current;
                    default -> slots.put(m.group(2), current);
                }
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("phrasebook line " + lineNumber + " stands before any [section]: " + line);
            }
            current.add(line);
        }
        Phrasebook book = new Phrasebook(kinds, headlines, openers, slots);
        book.checkSlots();
        return book;
    }

    private static int weight(String weight, int lineNumber) {
        if (weight == null) {
            throw new IllegalArgumentException("phrasebook line " + lineNumber + ": give the kind a weight, as in [sentences count 20]");
        }
        return Integer.parseInt(weight);
    }

    List<Kind> kinds() {
        return kinds;
    }

    /** A template of a kind chosen by weight. */
    String template(SplittableRandom random) {
        int pick = random.nextInt(totalWeight);
        for (Kind k : kinds) {
            pick -= k.weight();
            if (pick < 0) {
                return one(k.templates(), random);
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + totalWeight);
    }

    String headline(SplittableRandom random) {
        return capitalized(fill(one(headlines, random), random, 0));
    }

    String opener(SplittableRandom random) {
        return one(openers, random);
    }

    /**
     * A template with every slot replaced by one of its values (which may hold slots of their own),
     * as written: lower case first where an opener may precede it.
     */
    String fill(String template, SplittableRandom random) {
        return fill(template, random, 0);
    }

    private String fill(String template, SplittableRandom random, int depth) {
        if (depth > MAX_DEPTH || template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String value = fill(one(slots.get(m.group(1)), random, m.group(1)), random, depth + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String capitalized(String sentence) {
        for (int i = 0; i < Math.min(2, sentence.length()); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetter(c)) {
                return sentence.substring(0, i) + Character.toUpperCase(c) + sentence.substring(i + 1);
            }
        }
        return sentence;
    }

    private static String one(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String one(List<String> values, SplittableRandom random, String slot) {
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException("the phrasebook has no values for {" + slot + "}");
        }
        return one(values, random);
    }

    private void checkSlots() {
        if (kinds.isEmpty() || headlines.isEmpty()) {
            throw new IllegalArgumentException("a phrasebook needs [headlines] and at least one [sentences ...] section");
        }
        List<String> all = new ArrayList<>(headlines);
        kinds.forEach(k -> all.addAll(k.templates()));
        slots.values().forEach(all::addAll);
        for (String template : all) {
            Matcher m = SLOT.matcher(template);
            while (m.find()) {
                if (!slots.containsKey(m.group(1)) || slots.get(m.group(1)).isEmpty()) {
                    throw new IllegalArgumentException("the phrasebook uses {" + m.group(1) + "} but has no [slot "
                        + m.group(1) + "] with values: \"" + template + "\"");
                }
            }
        }
    }
}
