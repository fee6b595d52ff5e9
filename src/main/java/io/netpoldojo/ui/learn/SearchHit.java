package io.netpoldojo.ui.learn;

import java.util.List;

/**
 * Where a search found a lesson, for the lesson list to show under its title.
 *
 * @param lessonId     the lesson
 * @param where        the part of the lesson the excerpt comes from, as the list says it ("in a trap")
 * @param sectionIndex the section the excerpt comes from; -1 for the title or summary
 * @param excerpt      a few words around the first match, with "…" where it was cut
 * @param highlights   the matched words inside {@code excerpt}, in order, never overlapping
 * @param matches      how many times the words occur in the whole lesson
 */
public record SearchHit(String lessonId, String where, int sectionIndex, String excerpt, List<Highlight> highlights,
                        int matches) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the excerpt. */
    public record Highlight(int start, int end) {}
}
