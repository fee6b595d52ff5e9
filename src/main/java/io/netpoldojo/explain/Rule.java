package io.netpoldojo.explain;

import java.util.List;

/**
 * One way of saying a point: every group must occur in the same sentence, within
 * {@code within} words of each other, each group being a list of synonyms (any one will do).
 *
 * <p>Negation decides the rest. A sentence is cut into parts at commas, semicolons and words such
 * as "but", "because", "which", "if"; a part that contains "not", "no", "never", "without",
 * "nothing" (or a spelt-out "n't") denies what it says, and "rather than", "instead of",
 * "unlike" deny what follows them, and "a myth", "people think", "is wrong" deny the claim they
 * frame. A negation word that is part of a matched phrase ("no policy", "does not matter") is the
 * point's own wording and denies nothing.
 *
 * <ul>
 *   <li>{@code negated == false}: the rule matches only where none of its words is denied:
 *       "kube-proxy enforces them" states the myth, "it isn't kube-proxy that enforces them"
 *       does not.</li>
 *   <li>{@code negated == true}: the first group must be denied: "policies do not look at HTTP
 *       paths" states the point that they work at layers 3 and 4.</li>
 * </ul>
 *
 * @param unless phrases that keep the rule from matching a sentence that contains any of them
 *               (where the sentence does not deny them)
 */
public record Rule(List<List<Phrase>> groups, boolean negated, List<Phrase> unless, int within) {
    /** How far apart, in words, the groups of a rule may be by default. */
    public static final int DEFAULT_WITHIN = 20;

    public Rule {
        groups = groups.stream().map(List::copyOf).toList();
        unless = List.copyOf(unless);
        if (groups.isEmpty() || groups.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a rule needs at least one group, and every group a phrase");
        }
        if (within < 1) {
            throw new IllegalArgumentException("within must be at least one word: " + within);
        }
    }
}
