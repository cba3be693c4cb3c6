package io.factaudit.spark;

import io.factaudit.input.Problems;
import io.factaudit.sheet.FactSheetReader;
import io.factaudit.sheet.ScenarioFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fact sheets of a run, read on the driver the way the single-machine audit reads them (every
 * .feature file at a path, in path order): their bytes to broadcast and their scenarios, whose
 * scopes say which articles each sheet audits. A sheet with problems is named, never thrown.
 */
record SheetSet(Map<String, SheetSource> sources, List<ScenarioFacts> scenarios) {

    static SheetSet read(Path root, Path path, Problems problems) {
        FactSheetReader reader = new FactSheetReader(root);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> p.toString().endsWith(".feature")).sorted().forEach(files::add);
            } catch (IOException e) {
                problems.add(reader.displayPath(path), 0, "the folder cannot be read (" + e.getMessage() + ")");
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            problems.add(reader.displayPath(path), 0, "there is no fact sheet here: give a .feature file or a folder of them");
        }
        Map<String, SheetSource> sources = new LinkedHashMap<>();
        List<ScenarioFacts> scenarios = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException | RuntimeException e) {
                scenarios.addAll(reader.read(file, problems)); // names why it cannot be read, as the audit does
                continue;
            }
            String uri = reader.displayPath(file);
            sources.put(uri, new SheetSource(uri, file.toAbsolutePath().normalize().toString(), sources.size(),
                Hashes.sha256(bytes), bytes));
            scenarios.addAll(reader.read(file, bytes, problems));
        }
        return new SheetSet(sources, scenarios);
    }
}
