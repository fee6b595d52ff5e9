package io.netpoldojo.ui.learn;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How far the reader has got: the lessons they have read (in the order they finished them) and
 * the lesson they had open last, so the app opens where they left off.
 */
public record Progress(Set<String> read, Optional<String> lastLesson) {
    public static final Progress NONE = new Progress(Set.of(), Optional.empty());

    public Progress {
        read = Collections.unmodifiableSet(new LinkedHashSet<>(read));
        Objects.requireNonNull(lastLesson, "lastLesson");
    }

    public boolean isRead(String lessonId) {
        return read.contains(lessonId);
    }

    public Progress withRead(String lessonId) {
        Set<String> more = new LinkedHashSet<>(read);
        more.add(lessonId);
        return new Progress(more, lastLesson);
    }

    public Progress withoutRead(String lessonId) {
        Set<String> fewer = new LinkedHashSet<>(read);
        fewer.remove(lessonId);
        return new Progress(fewer, lastLesson);
    }

    public Progress withLastLesson(String lessonId) {
        return new Progress(read, Optional.of(lessonId));
    }
}
