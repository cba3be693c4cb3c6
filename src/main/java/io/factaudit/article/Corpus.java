package io.factaudit.article;

import io.factaudit.input.InputException;
import io.factaudit.input.Problem;
import io.factaudit.input.Problems;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article files below a folder: every .txt, .md and .html file (also .htm, .xhtml, .markdown),
 * in path order. Symbolic links are followed, but a link that leads back into a folder above it
 * (a loop) is named and skipped, as are unreadable folders and files, links to nothing, and a file
 * reached twice through links (it is audited once). Hidden files and folders (".git", "._x.txt"
 * left by macOS) are not articles, nor is a README, which documents the folder.
 */
public final class Corpus {

    private static final Set<String> EXTENSIONS = Set.of(".txt", ".md", ".markdown", ".html", ".htm", ".xhtml");

    private Corpus() {
    }

    public static boolean isArticle(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(lower.substring(dot)) && !lower.substring(0, dot).equals("readme");
    }

    /**
     * Article files below a folder, sorted; what cannot be read is named in {@code problems} (by
     * its path relative to the working folder) and skipped, so the rest of the corpus is still audited.
     */
    public static List<Path> files(Path folder, Problems problems) {
        return files(folder, Path.of(""), problems);
    }

    /**
     * Article files below a folder, sorted; what cannot be read is named in {@code problems} by its
     * path relative to {@code root} (the project, as reports name articles) and skipped.
     */
    public static List<Path> files(Path folder, Path root, Problems problems) {
        Naming naming = new Naming(root);
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(naming.of(folder), 0, Files.exists(folder)
                ? "this is a file, not a folder of articles: name the folder that holds it, or use the article step"
                : "the folder of articles does not exist: check the path, which is relative to the fact sheet's folder"));
            return List.of();
        }
        Walker walker = new Walker(problems, naming);
        try {
            Files.walkFileTree(folder, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walker);
        } catch (IOException e) {
            problems.add(new Problem(naming.of(folder), 0, "the folder cannot be read (" + ReadFailure.reason(e)
                + "): make it readable to the audit"));
        }
        List<Path> files = new ArrayList<>(walker.files);
        files.sort(null);
        return unique(files, problems, naming);
    }

    /** Paths as problems name them: relative to the root, '/' separated, as reports name articles. */
    private record Naming(Path root) {

        Naming {
            root = root.toAbsolutePath().normalize();
        }

        String of(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            boolean relative = absolute.getRoot() != null && absolute.getRoot().equals(root.getRoot());
            return (relative ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
        }
    }

    /** A path named relative to the working folder. */
    static String display(Path path) {
        return new Naming(Path.of("")).of(path);
    }

    /** The same file reached through a link as well as directly is audited once, under its first path. */
    private static List<Path> unique(List<Path> files, Problems problems, Naming naming) {
        Map<Path, Path> seen = new HashMap<>();
        List<Path> unique = new ArrayList<>(files.size());
        for (Path file : files) {
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                real = file.toAbsolutePath().normalize();
            }
            Path first = seen.putIfAbsent(real, file);
            if (first == null) {
                unique.add(file);
            } else {
                problems.add(new Problem(naming.of(file), 0, "this is the same file as " + naming.of(first)
                    + " (through a symbolic link); it is audited once, as " + naming.of(first)));
            }
        }
        return unique;
    }

    private static final class Walker extends SimpleFileVisitor<Path> {

        private final Problems problems;
        private final Naming naming;
        private final List<Path> files = new ArrayList<>();
        private Path root;

        Walker(Problems problems, Naming naming) {
            this.problems = problems;
            this.naming = naming;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (root == null) {
                root = dir;
                return FileVisitResult.CONTINUE;
            }
            return isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file) || !isArticle(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                problems.add(new Problem(naming.of(file), 0, "this symbolic link points to a file that does not exist;"
                    + " it was skipped: fix or remove the link"));
            } else if (!attrs.isRegularFile()) {
                problems.add(new Problem(naming.of(file), 0, "this is not a regular file (a device or pipe); it was skipped"));
            } else if (!Files.isReadable(file)) {
                problems.add(new Problem(naming.of(file), 0, "the article cannot be read (permission denied); it was"
                    + " skipped: make the file readable to the audit"));
            } else {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problems.add(new Problem(naming.of(dir), 0, "the folder could not be read to its end ("
                    + ReadFailure.reason(e) + "); some of its articles may be missing: make it readable to the audit"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                problems.add(new Problem(naming.of(file), 0, "this symbolic link leads back into a folder that contains"
                    + " it (a loop); it was skipped: remove the link, or point it outside the corpus"));
            } else if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE; // removed while the corpus was listed
            } else if (isHidden(file) || !Files.isDirectory(file) && !isArticle(file)) {
                return FileVisitResult.CONTINUE;
            } else {
                String what = Files.isDirectory(file) ? "the folder" : "the article";
                String then = Files.isDirectory(file) ? "; its articles were skipped" : "; it was skipped";
                problems.add(new Problem(naming.of(file), 0, what + " cannot be read (" + ReadFailure.reason(e) + ")"
                    + then + ": make it readable to the audit"));
            }
            return FileVisitResult.CONTINUE;
        }

        private boolean isHidden(Path path) {
            Path name = path.getFileName();
            return name != null && name.toString().startsWith(".") && !path.equals(root);
        }
    }
}
