package io.factaudit.spark;

import io.factaudit.audit.Auditor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the harness a row was audited by: a digest of the harness's classes and resources
 * (everything under io/factaudit, the engine and this job), so that any change to the rules
 * re-audits everything and an unchanged harness carries results over, whatever its version label.
 */
final class HarnessVersion {

    private static final String ENGINE = "io/factaudit/";

    private HarnessVersion() {
    }

    static String current() {
        try {
            Path source = Path.of(Auditor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            TreeMap<String, byte[]> entries = Files.isDirectory(source) ? fromFolder(source) : fromJar(source);
            MessageDigest sha = Hashes.sha256();
            entries.forEach((name, bytes) -> {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return "engine-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("the engine's classes cannot be read to name the harness version", e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("the engine's classes cannot be found to name the harness version", e);
        }
    }

    private static TreeMap<String, byte[]> fromFolder(Path folder) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder.resolve(ENGINE))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                entries.put(name, Files.readAllBytes(p));
            }
        }
        return entries;
    }

    private static TreeMap<String, byte[]> fromJar(Path jar) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(ENGINE)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        entries.put(name, in.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }
}
