package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.workspace.Workspace;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The reading side of the Learn place: a calm "Loading lessons…" until the content is there, a
 * plain sentence if it never comes, then the current lesson's page in a scroller. Reaching the
 * bottom of a page counts the lesson as read.
 */
final class ReaderPane extends StackPane {
    /** Space left above a section the page scrolls to, so it does not stick to the edge. */
    private static final double SCROLL_MARGIN = 24;

    private final LearnModel model;
    private final LessonPage.Services services;
    private final ScrollPane scroller = new ScrollPane();
    private final VBox holder = new VBox();
    private final Node loading = loading();
    private final Label failedText = new Label();
    private final Node failed = failed(failedText);
    private Optional<LessonPage> page = Optional.empty();
    private Optional<Node> found = Optional.empty();
    private boolean animating = true;

    /**
     * @param scenarios        looks a diagram's scenario up in the loaded content
     * @param openInPlayground hands a diagram's scenario to the Playground; empty when there is none
     * @param tasks            lays diagrams out off the JavaFX thread
     */
    ReaderPane(LearnModel model, Function<String, Optional<Scenario>> scenarios,
               Optional<BiConsumer<String, Workspace>> openInPlayground, io.netpoldojo.ui.TaskRunner tasks) {
        this.model = model;
        this.services = new LessonPage.Services(scenarios, openInPlayground, this::scrollBy,
                Bindings.createDoubleBinding(() -> scroller.getViewportBounds().getHeight(),
                        scroller.viewportBoundsProperty()), tasks);
        getStyleClass().add("learn-reader");
        holder.getStyleClass().add("lesson-holder");
        holder.setAlignment(Pos.TOP_CENTER);
        scroller.setContent(holder);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().addAll("page-scroller", "learn-scroller");
        scroller.setId("learn-scroller");
        // Reading by keyboard: the page takes the keys (Page Down, arrows, Home, End) when
        // clicked or tabbed to; links, buttons and the canvas still take focus themselves.
        scroller.setFocusTraversable(true);
        getChildren().addAll(scroller, loading, failed);

        model.stateProperty().addListener((o, a, b) -> showState());
        model.problemProperty().addListener((o, a, b) -> showState());
        model.currentProperty().addListener((o, a, lesson) -> showLesson(lesson));
        model.targetSectionProperty().addListener((o, a, target) -> target.ifPresent(this::scrollToSection));
        scroller.vvalueProperty().addListener((o, a, b) -> checkReachedEnd());
        showState();
        showLesson(model.currentProperty().get());
    }

    private void showState() {
        LearnModel.State state = model.stateProperty().get();
        boolean nothingToRead = state == LearnModel.State.READY && model.lessons().isEmpty();
        loading.setVisible(state == LearnModel.State.LOADING);
        failedText.setText(model.problemProperty().get());
        failed.setVisible(state == LearnModel.State.FAILED || nothingToRead);
        scroller.setVisible(state == LearnModel.State.READY && !nothingToRead);
    }

    private void showLesson(Optional<Lesson> lesson) {
        page.ifPresent(p -> p.setAnimating(false));
        found = Optional.empty();
        // Back to the top first, so the old page's scroll position is not taken for the new page's end.
        scroller.setVvalue(0);
        page = lesson.map(l -> new LessonPage(l, model, services));
        page.ifPresent(p -> p.setAnimating(animating));
        holder.getChildren().setAll(page.<Node>map(p -> p).stream().toList());
        model.targetSectionProperty().get().ifPresent(this::scrollToSection);
    }

    private void scrollToSection(int index) {
        page.flatMap(p -> p.section(index)).ifPresent(node -> {
            found.ifPresent(n -> n.getStyleClass().remove("lesson-section-found"));
            node.getStyleClass().add("lesson-section-found");
            found = Optional.of(node);
            // The page was just built: lay it out now so the section's place is known.
            scroller.applyCss();
            scroller.layout();
            Bounds section = node.localToScene(node.getBoundsInLocal());
            Bounds content = holder.localToScene(holder.getBoundsInLocal());
            if (section != null && content != null) {
                scrollTo(section.getMinY() - content.getMinY() - SCROLL_MARGIN);
            }
        });
    }

    private void scrollTo(double y) {
        double overflow = holder.getHeight() - scroller.getViewportBounds().getHeight();
        if (overflow > 0) {
            scroller.setVvalue(Math.max(0, Math.min(1, y / overflow)));
        }
    }

    /** Scrolls the page by {@code pixels} (positive is down). */
    void scrollBy(double pixels) {
        double overflow = holder.getHeight() - scroller.getViewportBounds().getHeight();
        if (overflow > 0) {
            scroller.setVvalue(Math.max(0, Math.min(1, scroller.getVvalue() + pixels / overflow)));
        }
    }

    /**
     * The bottom of a page that is taller than the window counts as read. A page that fits
     * without scrolling is not counted on sight: the reader has not read it yet; "Mark as read"
     * and "Next" are there for it.
     */
    private void checkReachedEnd() {
        boolean scrollable = holder.getHeight() > scroller.getViewportBounds().getHeight() + 1;
        if (page.isPresent() && scrollable && scroller.getVvalue() >= scroller.getVmax() - 1e-4) {
            model.reachedEnd();
        }
    }

    void setAnimating(boolean on) {
        animating = on;
        page.ifPresent(p -> p.setAnimating(on));
    }

    Optional<LessonPage> page() {
        return page;
    }

    ScrollPane scroller() {
        return scroller;
    }

    private static Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label text = new Label("Loading lessons\u2026");
        text.getStyleClass().add("learn-state-text");
        VBox box = new VBox(spinner, text);
        box.setId("learn-loading");
        box.getStyleClass().add("learn-state");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Node failed(Label text) {
        text.getStyleClass().add("learn-state-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("learn-failed-text");
        VBox box = new VBox(Icons.icon(Icons.WARNING, 32), text);
        box.setId("learn-failed");
        box.getStyleClass().add("learn-state");
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
