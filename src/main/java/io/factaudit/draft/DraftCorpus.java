package io.factaudit.draft;

import io.factaudit.article.ArticleReader;
import io.factaudit.article.Corpus;
import io.factaudit.audit.Kinds;
import io.factaudit.claim.Claim;
import io.factaudit.claim.ClaimReader;
import io.factaudit.input.InputException;
import io.factaudit.input.Problems;
import io.factaudit.language.Document;
import io.factaudit.sheet.Facts;
import io.factaudit.sheet.Paths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The articles a draft is made from, each read once and kept: drafting runs the audit's own
 * readers over them several times, with facts built for each step of the draft.
 */
public final class DraftCorpus {

    private final List<Document> documents;

    private DraftCorpus(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    /** Every article below the folders (or the files themselves); what cannot be read is a problem, named. */
    public static DraftCorpus read(Path root, List<Path> scopes, Problems problems) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path scope : scopes) {
            if (java.nio.file.Files.isDirectory(scope)) {
                files.addAll(Corpus.files(scope, root, problems));
            } else {
                files.add(scope);
            }
        }
        ArticleReader reader = new ArticleReader();
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            String display = Paths.display(root, file);
            try {
                documents.add(new Document(reader.read(file, display, problems)));
            } catch (InputException e) {
                problems.add(e.problem());
            } catch (RuntimeException e) {
                problems.add(display, 0, "the article could not be read (" + e + "); the rest of the draft goes on");
            }
        }
        documents.sort(Comparator.comparing(d -> d.article().path()));
        return new DraftCorpus(documents);
    }

    public List<Document> documents() {
        return documents;
    }

    /** Every claim the audit's readers find with these facts, article by article, in text order. */
    public List<Sighting> claims(Facts facts) {
        List<ClaimReader> readers = Kinds.readers();
        return documents.parallelStream().flatMap(d -> {
            List<Sighting> found = new ArrayList<>();
            for (ClaimReader reader : readers) {
                for (Claim c : reader.read(d, facts)) {
                    found.add(new Sighting(d.article(), d, c));
                }
            }
            return found.stream();
        }).toList();
    }
}
