package io.factaudit.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What one audit looked at: the articles it judged and the sheets it read. Only acknowledgements of
 * those articles and sheets can be judged stale by it; an audit of one sheet never calls another
 * sheet's acknowledgements stale, nor does {@code acknowledge} remove them.
 *
 * @param root       the project root, against which an entry's article is looked for
 * @param everySheet whether every sheet under the project's features/ was audited, which is what an
 *                   entry that does not record its sheet (an older one) needs to be judged
 */
public record AuditedScope(Path root, Set<String> articles, Set<String> sheets, boolean everySheet) {

    public AuditedScope {
        articles = Set.copyOf(articles);
        sheets = Set.copyOf(sheets);
    }

    /** The scope of an audit of a project: {@code sheets} as reported (relative to the root, '/' separated). */
    public static AuditedScope of(Path root, Set<String> articles, Set<String> sheets) {
        Path features = root.resolve("features");
        boolean every = true;
        if (Files.isDirectory(features)) {
            try (Stream<Path> walk = Files.walk(features)) {
                every = walk.filter(p -> p.toString().endsWith(".feature"))
                    .map(p -> root.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/'))
                    .allMatch(sheets::contains);
            } catch (IOException | java.io.UncheckedIOException e) {
                every = false;
            }
        }
        return new AuditedScope(root, articles, sheets, every);
    }

    /**
     * Whether this audit can tell that the entry matches nothing any more: its article was audited
     * (or no longer exists) and its sheet was audited.
     */
    public boolean judges(Acknowledgement a) {
        boolean article = articles.contains(a.article()) || !Files.exists(root.resolve(a.article()));
        return article && (a.sheet().isEmpty() ? everySheet : sheets.contains(a.sheet()));
    }
}
