package io.factaudit.article;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The article files below a folder: every .txt, .md and .html file, in path order. */
public final class Corpus {

    private Corpus() {
    }

    public static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm");
    }

    /** Article files below a folder, sorted; unreadable subfolders are skipped. */
    public static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).filter(Corpus::isArticle).forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
