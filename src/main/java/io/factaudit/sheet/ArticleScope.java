package io.factaudit.sheet;

import java.nio.file.Path;

/** A folder of articles, or one article, that a sheet audits; {@code path} is resolved against the sheet. */
public record ArticleScope(Path path, boolean folder, FactLocation where) {
}
