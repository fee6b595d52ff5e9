package io.netpoldojo.ui.playground.panels;

import java.util.List;

/** One entry of the "Add" menu: a classic recipe as its YAML documents. */
public record RecipeEntry(String title, String group, String about, List<String> documents) {
    public RecipeEntry {
        documents = List.copyOf(documents);
    }

    public static RecipeEntry of(io.netpoldojo.content.Recipe recipe) {
        return new RecipeEntry(recipe.title(), recipe.group(), recipe.about(), PolicyText.documents(recipe.yaml()));
    }

    /**
     * The recipe's documents placed in a namespace: each gets {@code metadata.namespace}, so the
     * policy applies where the person is working rather than in "default".
     */
    public List<String> inNamespace(String namespace) {
        return documents.stream().map(d -> PolicyText.withNamespace(d, namespace)).toList();
    }
}
