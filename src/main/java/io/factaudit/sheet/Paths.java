package io.factaudit.sheet;

import java.nio.file.Path;

/** How files are named in reports: relative to the project root, '/' separated. */
public final class Paths {

    private Paths() {
    }

    public static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        String rel = abs.startsWith(r) || abs.getRoot().equals(r.getRoot()) ? r.relativize(abs).toString() : abs.toString();
        return rel.replace('\\', '/');
    }
}
