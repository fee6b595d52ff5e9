package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Searches the lessons' words: titles, summaries, and everything in their sections (text,
 * callouts, captions, code). A lesson matches when every word of the query occurs somewhere in
 * it, in any case; its hit shows the section that holds the most of the words (the title or
 * summary only when no section holds as many).
 */
public final class LessonSearch {
    /** Characters of context kept before the first match in an excerpt. */
    private static final int BEFORE = 36;
    /** Longest excerpt, in characters, before it is cut at a word. */
    private static final int LENGTH = 130;

    private record Field(String where, int sectionIndex, String text) {}

    private final List<Lesson> lessons;
    private final List<List<Field>> fields = new ArrayList<>();

    public LessonSearch(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
        for (Lesson lesson : this.lessons) {
            fields.add(fieldsOf(lesson));
        }
    }

    /** The query's words: split at white space, duplicates dropped. */
    public static List<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : query.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(words);
    }

    /** A hit per matching lesson, in lesson order; empty for a blank query. */
    public List<SearchHit> search(String query) {
        List<String> words = words(query);
        List<SearchHit> hits = new ArrayList<>();
        if (words.isEmpty()) {
            return hits;
        }
        for (int l = 0; l < lessons.size(); l++) {
            hit(lessons.get(l).id(), fields.get(l), words).ifPresent(hits::add);
        }
        return hits;
    }

    private static Optional<SearchHit> hit(String lessonId, List<Field> fields, List<String> words) {
        Set<String> found = new LinkedHashSet<>();
        int matches = 0;
        Field best = null;
        int bestCount = 0;
        // Sections first: the list shows the title and summary anyway, so an excerpt from the
        // lesson's body says more; they are the excerpt only when no section holds as many words.
        List<Field> bodyFirst = new ArrayList<>(fields.subList(2, fields.size()));
        bodyFirst.addAll(fields.subList(0, 2));
        for (Field field : bodyFirst) {
            int count = 0;
            for (String word : words) {
                int n = occurrences(field.text(), word);
                if (n > 0) {
                    found.add(word);
                    matches += n;
                    count++;
                }
            }
            if (count > bestCount) {
                best = field;
                bestCount = count;
            }
        }
        if (found.size() < words.size()) {
            return Optional.empty();
        }
        return Optional.of(excerpt(lessonId, best, words, matches));
    }

    private static SearchHit excerpt(String lessonId, Field field, List<String> words, int matches) {
        String text = field.text();
        int first = words.stream().mapToInt(w -> indexOf(text, w, 0)).filter(i -> i >= 0).min().orElse(0);
        int firstEnd = first + words.stream().filter(w -> indexOf(text, w, first) == first)
                .mapToInt(String::length).max().orElse(0);
        int start = first <= BEFORE ? 0 : wordStartAfter(text, first - BEFORE, first);
        int end = start + LENGTH >= text.length() ? text.length() : wordEndBefore(text, start + LENGTH, firstEnd);
        String prefix = start > 0 ? "\u2026" : "";
        String excerpt = prefix + text.substring(start, end) + (end < text.length() ? "\u2026" : "");
        List<SearchHit.Highlight> highlights = new ArrayList<>();
        for (String word : words) {
            for (int i = indexOf(text, word, start); i >= 0 && i + word.length() <= end; i = indexOf(text, word, i + 1)) {
                highlights.add(new SearchHit.Highlight(i - start + prefix.length(), i - start + prefix.length() + word.length()));
            }
        }
        return new SearchHit(lessonId, field.where(), field.sectionIndex(), excerpt, disjoint(highlights), matches);
    }

    /** Sorted, with overlapping matches ("pod" inside "pods" for "pod pods") merged. */
    private static List<SearchHit.Highlight> disjoint(List<SearchHit.Highlight> highlights) {
        List<SearchHit.Highlight> sorted = new ArrayList<>(highlights);
        sorted.sort(Comparator.comparingInt(SearchHit.Highlight::start));
        List<SearchHit.Highlight> merged = new ArrayList<>();
        for (SearchHit.Highlight h : sorted) {
            SearchHit.Highlight last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && h.start() <= last.end()) {
                merged.set(merged.size() - 1, new SearchHit.Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }

    /** Starts at the word after {@code from}, but never after the first match starts. */
    private static int wordStartAfter(String text, int from, int first) {
        int i = text.indexOf(' ', from);
        return i < 0 || i + 1 > first ? from : i + 1;
    }

    /** Cuts at the last space before {@code limit}, but never before the first match ends. */
    private static int wordEndBefore(String text, int limit, int firstEnd) {
        int i = text.lastIndexOf(' ', limit);
        return i >= firstEnd ? i : Math.min(text.length(), Math.max(limit, firstEnd));
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = indexOf(text, word, 0); i >= 0; i = indexOf(text, word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** Case-blind, without lower-casing the text (which may change its length and so every index). */
    private static int indexOf(String text, String word, int from) {
        for (int i = Math.max(0, from); i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    private static List<Field> fieldsOf(Lesson lesson) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("in the title", -1, lesson.title()));
        fields.add(new Field("in the summary", -1, lesson.summary()));
        for (int i = 0; i < lesson.sections().size(); i++) {
            Section section = lesson.sections().get(i);
            if (section instanceof Section.Text t) {
                fields.add(new Field("in the text", i, oneLine(Markdown.plainText(Markdown.parse(t.markdown())))));
            } else if (section instanceof Section.Callout c) {
                String text = c.title().map(title -> title + ": ").orElse("") + Markdown.plainText(Markdown.parse(c.markdown()));
                fields.add(new Field("in " + CalloutKinds.withArticle(c.kind()), i, oneLine(text)));
            } else if (section instanceof Section.Diagram d && d.caption().isPresent()) {
                fields.add(new Field("in a diagram caption", i, oneLine(d.caption().get())));
            } else if (section instanceof Section.Code c) {
                fields.add(new Field("in a code block", i, oneLine(c.yaml())));
            }
        }
        return fields;
    }

    private static String oneLine(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }
}
