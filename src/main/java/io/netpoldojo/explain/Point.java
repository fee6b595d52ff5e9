package io.netpoldojo.explain;

import java.util.List;

/**
 * A key point a good answer makes, or a misconception a weak one asserts.
 *
 * @param id    stable, as the content writes it ({@code default-allow}, {@code myth-l7})
 * @param says  the point in one sentence, as the learner sees it in the result
 * @param rules the ways of saying it; any one matching one sentence is enough
 */
public record Point(String id, String says, List<Rule> rules) {
    public Point {
        rules = List.copyOf(rules);
    }
}
