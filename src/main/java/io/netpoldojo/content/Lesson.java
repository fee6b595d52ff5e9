package io.netpoldojo.content;

import java.util.List;

/**
 * One lesson of the Learn screen, from {@code content/lessons/NN-<id>.yaml}.
 *
 * @param topics   topic tags, shared with quiz cards
 * @param sections rendered in order
 * @param file     the file, relative to {@code content/}
 */
public record Lesson(String id, int order, String title, String summary, List<String> topics,
                     List<Section> sections, String file) {
    public Lesson {
        topics = List.copyOf(topics);
        sections = List.copyOf(sections);
    }

    /** The scenario ids this lesson draws, in order. */
    public List<String> diagrams() {
        return sections.stream()
                .filter(s -> s instanceof Section.Diagram)
                .map(s -> ((Section.Diagram) s).scenario())
                .toList();
    }
}
