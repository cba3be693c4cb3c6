package io.factaudit.cli;

import io.factaudit.lexicon.GeneratedClasses;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code lexicon}: writes the word classes drawn from WordNet into the project's resources again. */
final class LexiconCommand implements Main.Command {

    static final String FOLDER = "src/main/resources/io/factaudit/lexicon";

    @Override
    public int run(Path root, List<String> args, PrintStream out) throws Exception {
        Path folder = root.resolve(FOLDER);
        Files.createDirectories(folder);
        for (var file : GeneratedClasses.files().entrySet()) {
            List<String> lines = file.getValue().get();
            Files.write(folder.resolve(file.getKey()), lines, StandardCharsets.UTF_8);
            out.println(FOLDER + "/" + file.getKey() + ": " + (lines.size() - 2) + " entries");
        }
        return 0;
    }
}
