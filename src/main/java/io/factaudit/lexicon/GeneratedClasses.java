package io.factaudit.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The word classes drawn from WordNet and committed as resource files: each file's name and how
 * its lines are made. The {@code lexicon} command writes them again; a test checks they are current.
 */
public final class GeneratedClasses {

    private GeneratedClasses() {
    }

    /** File name under {@code src/main/resources/io/factaudit/lexicon} → its lines, header included. */
    public static Map<String, Supplier<List<String>>> files() {
        Map<String, Supplier<List<String>>> files = new LinkedHashMap<>();
        files.put(VerbsOfSaying.FILE, () -> withHeader(
            "Verbs of saying and reporting with their inflected forms, drawn from WordNet 3.1 by VerbsOfSayingSource.",
            VerbsOfSayingSource.lines()));
        files.put(VerbsOfHarm.FILE, () -> withHeader(
            "Verbs of harm (killing, injuring, dying, capturing) with their inflected forms, drawn from WordNet 3.1 by VerbsOfHarmSource.",
            VerbsOfHarmSource.lines()));
        files.put(GroupNouns.FILE, () -> withHeader(
            "Collective nouns (most frequent sense a group) in singular and plural, drawn from WordNet 3.1 by GroupNounsSource.",
            GroupNounsSource.lines()));
        files.put(IrregularVerbs.FILE, () -> withHeader(
            "Irregular past forms of verbs (base form, then its past forms), drawn from WordNet 3.1 by IrregularVerbsSource.",
            IrregularVerbsSource.lines()));
        files.put(AspectVerbs.GOING_ON_FILE, () -> withHeader(
            "Aspectual verbs of going on (again), with their inflected forms, drawn from WordNet 3.1 by AspectVerbsSource.",
            AspectVerbsSource.goingOn()));
        files.put(AspectVerbs.ENDING_FILE, () -> withHeader(
            "Aspectual verbs of ending, with their inflected forms, drawn from WordNet 3.1 by AspectVerbsSource.",
            AspectVerbsSource.ending()));
        files.put(AttitudeVerbs.DOUBTING_FILE, () -> withHeader(
            "Verbs of doubting and denying with their inflected forms, drawn from WordNet 3.1 by SenseClassSource.",
            SenseClassSource.lines(AttitudeVerbs.DOUBTING)));
        files.put(AttitudeVerbs.CONFIRMING_FILE, () -> withHeader(
            "Verbs of confirming with their inflected forms, drawn from WordNet 3.1 by SenseClassSource.",
            SenseClassSource.lines(AttitudeVerbs.CONFIRMING)));
        files.put(AttitudeVerbs.EXPECTING_FILE, () -> withHeader(
            "Verbs of expecting and intending with their inflected forms, drawn from WordNet 3.1 by SenseClassSource.",
            SenseClassSource.lines(AttitudeVerbs.EXPECTING)));
        files.put(QuantityVerbs.CHANGE_FILE, () -> withHeader(
            "Verbs of a figure's change (rising, falling, raising, reaching a level) with their inflected forms, drawn from WordNet 3.1 by QuantityVerbsSource.",
            QuantityVerbsSource.lines(QuantityVerbsSource.CHANGE)));
        files.put(QuantityVerbs.PASSING_FILE, () -> withHeader(
            "Verbs of passing a threshold (exceeding, topping) with their inflected forms, drawn from WordNet 3.1 by QuantityVerbsSource.",
            QuantityVerbsSource.lines(QuantityVerbsSource.PASSING)));
        return files;
    }

    private static List<String> withHeader(String what, List<String> lines) {
        List<String> all = new java.util.ArrayList<>();
        all.add("# " + what);
        all.add("# Generated: mvn -q compile exec:java -Dexec.args=\"lexicon\" (do not edit by hand).");
        all.addAll(lines);
        return all;
    }
}
