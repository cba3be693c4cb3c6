package io.factaudit.sheet;

import java.util.List;

/** One scenario of a fact sheet, ready to check: where it is, which articles, which facts. */
public record ScenarioFacts(String uri, String name, int line, List<ArticleScope> scopes, Facts facts) {

    public ScenarioFacts {
        scopes = List.copyOf(scopes);
    }

    public FactLocation where() {
        return new FactLocation(uri, line);
    }
}
