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
}
