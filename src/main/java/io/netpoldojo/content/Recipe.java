package io.netpoldojo.content;

import io.netpoldojo.engine.model.NetworkPolicy;
import java.util.List;

/**
 * A ready-made policy (or set of policies) from {@code content/recipes/NN-<id>.yaml}; its header
 * comment lines give {@code # title:}, {@code # group:} and {@code # about:}.
 *
 * @param yaml the file's text, as a learner would copy it
 */
public record Recipe(String id, String title, String group, String about, String yaml, List<NetworkPolicy> policies) {
    public Recipe {
        policies = List.copyOf(policies);
    }
}
