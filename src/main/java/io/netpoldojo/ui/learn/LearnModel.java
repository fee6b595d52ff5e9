package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Learn place's view-model: the lessons, the one being read, what the reader has read, and
 * the search over them. Views bind to its read-only properties and call its commands; every
 * change to the reader's progress goes to the {@code save} callback given at construction.
 */
public final class LearnModel {
    /** Where the content is: lessons arrive in the background after start-up. */
    public enum State { LOADING, READY, FAILED }

    /** One row of the lesson list. {@code hit} is where the search found it, when searching. */
    public record LessonEntry(Lesson lesson, int number, boolean read, Optional<SearchHit> hit) {}

    private final Consumer<Progress> save;
    private Progress progress;
    private List<Lesson> lessons = List.of();
    private LessonSearch search = new LessonSearch(List.of());

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ObservableList<LessonEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LessonEntry> entriesReadOnly = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<Optional<Lesson>> current = new ReadOnlyObjectWrapper<>(this, "current", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Integer>> targetSection =
            new ReadOnlyObjectWrapper<>(this, "targetSection", Optional.empty());
    private final ReadOnlyBooleanWrapper currentRead = new ReadOnlyBooleanWrapper(this, "currentRead");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");
    private final ReadOnlyObjectWrapper<Optional<Lesson>> linkedFrom = new ReadOnlyObjectWrapper<>(this, "linkedFrom", Optional.empty());
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progressFraction = new ReadOnlyDoubleWrapper(this, "progressFraction");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper searchSummary = new ReadOnlyStringWrapper(this, "searchSummary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param progress what was saved last time
     * @param save     called with the new progress after every change (mark read, open a lesson)
     */
    public LearnModel(Progress progress, Consumer<Progress> save) {
        this.progress = Objects.requireNonNull(progress);
        this.save = Objects.requireNonNull(save);
        query.addListener((o, a, b) -> refreshEntries());
    }

    // ---- content arriving -----------------------------------------------------------------------

    /**
     * The lessons have loaded. Opens the one the reader had open last time, else the first they
     * have not read.
     *
     * @param contentProblem a sentence when some lessons had errors and were left out; empty when all is well
     */
    public void lessonsLoaded(List<Lesson> loaded, String contentProblem) {
        lessons = loaded.stream().sorted(java.util.Comparator.comparingInt(Lesson::order)).toList();
        search = new LessonSearch(lessons);
        problem.set(lessons.isEmpty() && contentProblem.isEmpty() ? "No lessons were found." : contentProblem);
        state.set(State.READY);
        Optional<Lesson> start = progress.lastLesson().flatMap(this::lesson)
                .or(() -> lessons.stream().filter(l -> !progress.isRead(l.id())).findFirst())
                .or(() -> lessons.stream().findFirst());
        refreshEntries();
        start.ifPresent(l -> show(l, Optional.empty(), false));
        refreshProgress();
    }

    /** The content could not be loaded at all: say so instead of loading for ever. */
    public void loadFailed(String message) {
        if (state.get() == State.LOADING) {
            problem.set(message);
            state.set(State.FAILED);
        }
    }

    /** A sentence about the reader's own files (progress set aside, not saved); empty to dismiss. */
    public void setNotice(String text) {
        notice.set(text);
    }

    public void dismissNotice() {
        notice.set("");
    }

    // ---- commands ---------------------------------------------------------------------------------

    /** Opens a lesson from the list (or a search result, whose section the page then shows). */
    public void open(String lessonId) {
        Optional<Integer> section = entries.stream().filter(e -> e.lesson().id().equals(lessonId)).findFirst()
                .flatMap(LessonEntry::hit).map(SearchHit::sectionIndex).filter(i -> i >= 0);
        lesson(lessonId).ifPresent(l -> show(l, section, false));
    }

    /** Follows a link in a lesson's text; the page then offers the way back. */
    public void followLink(String lessonId) {
        lesson(lessonId).ifPresent(l -> show(l, Optional.empty(), true));
    }

    /** Back to the lesson whose link was followed. */
    public void returnFromLink() {
        linkedFrom.get().ifPresent(l -> show(l, Optional.empty(), false));
    }

    /** Counts the current lesson as read (the reader finished it) and opens the next one. */
    public void next() {
        current.get().ifPresent(l -> markRead(l.id()));
        neighbour(1).ifPresent(l -> show(l, Optional.empty(), false));
    }

    public void previous() {
        neighbour(-1).ifPresent(l -> show(l, Optional.empty(), false));
    }

    /** The reader reached the end of the lesson. */
    public void reachedEnd() {
        current.get().ifPresent(l -> markRead(l.id()));
    }

    /** "Mark as read" and, once read, "Mark as not read". */
    public void toggleCurrentRead() {
        current.get().ifPresent(l -> {
            if (progress.isRead(l.id())) {
                changeProgress(progress.withoutRead(l.id()));
            } else {
                markRead(l.id());
            }
        });
    }

    public void markRead(String lessonId) {
        if (!progress.isRead(lessonId)) {
            changeProgress(progress.withRead(lessonId));
        }
    }

    // ---- what the views show ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The lesson list: every lesson, or the ones the search found. */
    public ObservableList<LessonEntry> entries() {
        return entriesReadOnly;
    }

    public ReadOnlyObjectProperty<Optional<Lesson>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The section of the current lesson a search result pointed at, for the page to scroll to. */
    public ReadOnlyObjectProperty<Optional<Integer>> targetSectionProperty() {
        return targetSection.getReadOnlyProperty();
    }

    /** The lesson whose link opened the current one, while the reader may want to go back to it. */
    public ReadOnlyObjectProperty<Optional<Lesson>> linkedFromProperty() {
        return linkedFrom.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty currentReadProperty() {
        return currentRead.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    /** "4 of 13 read". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressFractionProperty() {
        return progressFraction.getReadOnlyProperty();
    }

    /** The search box's text; the list follows it. */
    public StringProperty queryProperty() {
        return query;
    }

    /** What the search found, in words; empty while not searching. */
    public ReadOnlyStringProperty searchSummaryProperty() {
        return searchSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why lessons are missing (content errors, or nothing could be loaded); empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Progress progress() {
        return progress;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lesson after (+1) or before (-1) the current one, in lesson order. */
    public Optional<Lesson> neighbour(int step) {
        int at = current.get().map(lessons::indexOf).orElse(-1);
        int to = at + step;
        return at < 0 || to < 0 || to >= lessons.size() ? Optional.empty() : Optional.of(lessons.get(to));
    }

    // ---- inside -------------------------------------------------------------------------------------

    private void show(Lesson lesson, Optional<Integer> section, boolean viaLink) {
        Optional<Lesson> from = current.get();
        linkedFrom.set(viaLink ? from.filter(f -> !f.equals(lesson)) : Optional.empty());
        targetSection.set(section);
        current.set(Optional.of(lesson));
        canGoBack.set(neighbour(-1).isPresent());
        canGoNext.set(neighbour(1).isPresent());
        currentRead.set(progress.isRead(lesson.id()));
        if (!progress.lastLesson().equals(Optional.of(lesson.id()))) {
            changeProgress(progress.withLastLesson(lesson.id()));
        }
    }

    private void changeProgress(Progress changed) {
        boolean readChanged = !changed.read().equals(progress.read());
        progress = changed;
        save.accept(changed);
        current.get().ifPresent(l -> currentRead.set(progress.isRead(l.id())));
        if (readChanged) {
            refreshEntries();
            refreshProgress();
        }
    }

    private void refreshProgress() {
        long read = lessons.stream().filter(l -> progress.isRead(l.id())).count();
        progressText.set(read + " of " + lessons.size() + " read");
        progressFraction.set(lessons.isEmpty() ? 0 : (double) read / lessons.size());
    }

    private void refreshEntries() {
        String q = query.get() == null ? "" : query.get();
        List<LessonEntry> shown = new ArrayList<>();
        if (LessonSearch.words(q).isEmpty()) {
            for (int i = 0; i < lessons.size(); i++) {
                shown.add(new LessonEntry(lessons.get(i), i + 1, progress.isRead(lessons.get(i).id()), Optional.empty()));
            }
            searchSummary.set("");
        } else {
            Map<String, Lesson> byId = lessons.stream().collect(Collectors.toMap(Lesson::id, Function.identity()));
            for (SearchHit hit : search.search(q)) {
                Lesson l = byId.get(hit.lessonId());
                shown.add(new LessonEntry(l, lessons.indexOf(l) + 1, progress.isRead(l.id()), Optional.of(hit)));
            }
            String quoted = "\u201c" + q.trim() + "\u201d";
            searchSummary.set(shown.isEmpty() ? "No lesson matches " + quoted + "."
                    : shown.size() == 1 ? "1 lesson matches " + quoted + "." : shown.size() + " lessons match " + quoted + ".");
        }
        if (!shown.equals(entries)) {
            entries.setAll(shown);
        }
    }
}
