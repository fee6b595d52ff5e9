package io.netpoldojo.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Learn view-model without a screen: opening, next and previous, progress, search, links. */
class LearnModelTest {
    private static final Lesson ONE = lesson("one", 1, "Flat network", "Every pod reaches every pod.", "Start here.");
    private static final Lesson TWO = lesson("two", 2, "Selecting pods", "Labels pick pods.",
            "Intro.", "See [the first](lesson:one). The **extra dash** matters.");
    private static final Lesson THREE = lesson("three", 3, "Ports", "Numbers and names.", "Port 80.");

    private final List<Progress> saved = new ArrayList<>();

    private static Lesson lesson(String id, int order, String title, String summary, String... texts) {
        List<Section> sections = new ArrayList<>();
        for (String t : texts) {
            sections.add(new Section.Text(t));
        }
        return new Lesson(id, order, title, summary, List.of(), sections, "lessons/0" + order + "-" + id + ".yaml");
    }

    private LearnModel model(Progress progress) {
        LearnModel model = new LearnModel(progress, saved::add);
        // In file order on purpose not sorted: the model sorts by order.
        model.lessonsLoaded(List.of(THREE, ONE, TWO), "");
        return model;
    }

    private static String current(LearnModel model) {
        return model.currentProperty().get().map(Lesson::id).orElse("none");
    }

    @Test
    void waitsForTheLessonsThenOpensTheFirst() {
        LearnModel model = new LearnModel(Progress.NONE, saved::add);
        assertEquals(LearnModel.State.LOADING, model.stateProperty().get());
        assertEquals("none", current(model));
        model.lessonsLoaded(List.of(THREE, ONE, TWO), "");
        assertEquals(LearnModel.State.READY, model.stateProperty().get());
        assertEquals("one", current(model));
        assertEquals(List.of("one", "two", "three"), model.entries().stream().map(e -> e.lesson().id()).toList());
        assertEquals(List.of(1, 2, 3), model.entries().stream().map(LearnModel.LessonEntry::number).toList());
        assertEquals("0 of 3 read", model.progressTextProperty().get());
    }

    @Test
    void opensWhereTheReaderLeftOffElseTheFirstUnread() {
        assertEquals("three", current(model(Progress.NONE.withRead("one").withLastLesson("three"))));
        assertEquals("two", current(model(Progress.NONE.withRead("one"))));
        assertEquals("one", current(model(Progress.NONE.withRead("one").withRead("two").withRead("three"))));
        assertEquals("one", current(model(Progress.NONE.withLastLesson("a-lesson-that-was-removed"))));
    }

    @Test
    void nextCountsTheLessonAsReadPreviousDoesNot() {
        LearnModel model = model(Progress.NONE);
        assertFalse(model.canGoBackProperty().get());
        model.next();
        assertEquals("two", current(model));
        assertEquals(Set.of("one"), model.progress().read());
        assertEquals("1 of 3 read", model.progressTextProperty().get());
        model.next();
        assertEquals("three", current(model));
        assertFalse(model.canGoNextProperty().get());
        model.previous();
        model.previous();
        assertEquals("one", current(model));
        assertEquals(Set.of("one", "two"), model.progress().read(), "going back reads nothing");
        assertEquals(model.progress(), saved.get(saved.size() - 1), "every change is handed over to be saved");
        assertEquals(Optional.of("one"), saved.get(saved.size() - 1).lastLesson());
    }

    @Test
    void readingToTheEndOrPressingMarkAsReadCounts() {
        LearnModel model = model(Progress.NONE);
        model.reachedEnd();
        assertTrue(model.currentReadProperty().get());
        assertTrue(model.entries().get(0).read(), "the list shows it read");
        model.toggleCurrentRead();
        assertFalse(model.currentReadProperty().get(), "and the reader can take it back");
        assertEquals("0 of 3 read", model.progressTextProperty().get());
        model.toggleCurrentRead();
        assertEquals("1 of 3 read", model.progressTextProperty().get());
        assertEquals(1.0 / 3, model.progressFractionProperty().get(), 1e-9);
    }

    @Test
    void lessonsThatNoLongerExistDoNotCount() {
        assertEquals("1 of 3 read", model(Progress.NONE.withRead("gone").withRead("two")).progressTextProperty().get());
    }

    @Test
    void searchFiltersTheListAndOpensAtTheMatch() {
        LearnModel model = model(Progress.NONE);
        model.queryProperty().set("extra DASH");
        assertEquals(List.of("two"), model.entries().stream().map(e -> e.lesson().id()).toList());
        assertEquals("1 lesson matches \u201cextra DASH\u201d.", model.searchSummaryProperty().get());
        assertEquals(2, model.entries().get(0).number(), "its number in the whole list");
        model.open("two");
        assertEquals(Optional.of(1), model.targetSectionProperty().get(), "the section where the words are");
        model.queryProperty().set("pod");
        assertEquals("2 lessons match \u201cpod\u201d.", model.searchSummaryProperty().get());
        model.queryProperty().set("nowhere");
        assertTrue(model.entries().isEmpty());
        assertEquals("No lesson matches \u201cnowhere\u201d.", model.searchSummaryProperty().get());
        model.queryProperty().set("  ");
        assertEquals(3, model.entries().size());
        assertEquals("", model.searchSummaryProperty().get());
    }

    @Test
    void aFollowedLinkOffersTheWayBack() {
        LearnModel model = model(Progress.NONE.withLastLesson("two"));
        model.followLink("one");
        assertEquals("one", current(model));
        assertEquals(Optional.of(TWO), model.linkedFromProperty().get());
        model.returnFromLink();
        assertEquals("two", current(model));
        assertEquals(Optional.empty(), model.linkedFromProperty().get());
        model.followLink("one");
        model.next();
        assertEquals(Optional.empty(), model.linkedFromProperty().get(), "moving on forgets the way back");
    }

    @Test
    void contentThatFailsToLoadIsSaidPlainly() {
        LearnModel model = new LearnModel(Progress.NONE, saved::add);
        model.loadFailed("The lessons could not be loaded: disk on fire");
        assertEquals(LearnModel.State.FAILED, model.stateProperty().get());
        assertEquals("The lessons could not be loaded: disk on fire", model.problemProperty().get());

        LearnModel loaded = model(Progress.NONE);
        loaded.loadFailed("late news");
        assertEquals(LearnModel.State.READY, loaded.stateProperty().get(), "lessons already shown stay");
    }

    @Test
    void someLessonsWithErrorsAreShownWithTheProblem() {
        LearnModel model = new LearnModel(Progress.NONE, saved::add);
        model.lessonsLoaded(List.of(ONE), "2 lessons have errors and are not shown.");
        assertEquals(1, model.entries().size());
        assertEquals("2 lessons have errors and are not shown.", model.problemProperty().get());
        LearnModel none = new LearnModel(Progress.NONE, saved::add);
        none.lessonsLoaded(List.of(), "");
        assertEquals("No lessons were found.", none.problemProperty().get());
    }
}
