package io.factaudit.spark;

import io.factaudit.article.Sidecar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The content hash of an article: of its file and sidecar (which gives its date), or of its row's
 * text, date, outlet and address. An unchanged hash lets a re-run carry the article's results over.
 */
final class ArticleHash implements MapFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public Row call(Row row) {
        Object[] values = new Object[row.size() + 1];
        for (int i = 0; i < row.size(); i++) {
            values[i] = row.get(i);
        }
        String file = row.getString(Schemas.FILE);
        values[row.size()] = file == null
            ? Hashes.ofTexts(row.getString(Schemas.TEXT), row.getString(Schemas.PUBLISHED), row.getString(Schemas.OUTLET),
                row.getString(Schemas.URL))
            : ofFile(Path.of(file));
        return RowFactory.create(values);
    }

    static String ofFile(Path file) {
        MessageDigest sha = Hashes.sha256();
        try {
            update(sha, Files.readAllBytes(file));
            Optional<Path> sidecar = Sidecar.of(file);
            if (sidecar.isPresent()) {
                update(sha, Files.readAllBytes(sidecar.get()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | RuntimeException e) {
            return "unreadable-" + java.util.UUID.randomUUID(); // never carried over: audited again, where the problem is named
        }
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(Long.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
