package io.netpoldojo.explain;

import java.util.List;

/** What an answer to one explain card is judged against: the key points and the misconceptions. */
public record Rubric(List<Point> points, List<Point> misconceptions) {
    public Rubric {
        points = List.copyOf(points);
        misconceptions = List.copyOf(misconceptions);
    }
}
