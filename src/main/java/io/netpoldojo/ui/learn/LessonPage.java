package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Section;
import io.netpoldojo.ui.Icons;
import io.netpoldojo.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One lesson as a page: its header, its sections in a centred column of readable width (diagrams
 * a little wider), and a footer to mark it read and move on. Built afresh for each lesson; it
 * reaches the model only through bindings, which do not keep a discarded page alive.
 */
final class LessonPage extends VBox {
    /** About 75 characters of body text a line: comfortable to read. */
    static final double TEXT_WIDTH = 720;
    /** Diagrams may be a little wider than text: a cluster needs width more than a sentence does. */
    static final double WIDE_WIDTH = 820;

    /**
     * What a page needs besides its lesson.
     *
     * @param pageHeight how tall the part of the page in the window is (a diagram is made to fit it)
     */
    record Services(Function<String, Optional<Scenario>> scenarios,
                    Optional<BiConsumer<String, Workspace>> openInPlayground, DoubleConsumer scrollPage,
                    javafx.beans.value.ObservableDoubleValue pageHeight, io.netpoldojo.ui.TaskRunner tasks) {}

    private final List<Node> sections = new ArrayList<>();
    private final List<DiagramSection> diagrams = new ArrayList<>();
    private final VBox footer;

    LessonPage(Lesson lesson, LearnModel model, Services services) {
        getStyleClass().add("lesson-page");
        setId("learn-page");
        setAlignment(Pos.TOP_CENTER);
        setFillWidth(true);
        MarkdownNodes markdown = new MarkdownNodes(model::followLink, id -> model.lesson(id).isPresent(),
                services.scrollPage());
        add(header(lesson, model), TEXT_WIDTH);
        for (int i = 0; i < lesson.sections().size(); i++) {
            Node node = section(lesson.sections().get(i), markdown, services);
            node.getStyleClass().add("lesson-section");
            node.setId("lesson-section-" + i);
            sections.add(node);
            add(node, node instanceof DiagramSection ? WIDE_WIDTH : TEXT_WIDTH);
        }
        footer = footer(model);
        add(footer, TEXT_WIDTH);
    }

    private void add(Node node, double maxWidth) {
        if (node instanceof Region r) {
            r.setMaxWidth(maxWidth);
        }
        getChildren().add(node);
    }

    private Node section(Section section, MarkdownNodes markdown, Services services) {
        if (section instanceof Section.Text t) {
            return markdown.render(t.markdown());
        }
        if (section instanceof Section.Callout c) {
            return new CalloutBox(c, markdown);
        }
        if (section instanceof Section.Diagram d) {
            DiagramSection diagram = new DiagramSection(d, services.scenarios().apply(d.scenario()),
                    services.openInPlayground(), services.scrollPage(), services.pageHeight(), services.tasks());
            diagrams.add(diagram);
            return diagram;
        }
        return markdown.codeBlock(((Section.Code) section).yaml());
    }

    private static Node header(Lesson lesson, LearnModel model) {
        int number = model.lessons().indexOf(lesson) + 1;
        Label eyebrow = new Label("LESSON " + number + " OF " + model.lessons().size());
        eyebrow.getStyleClass().add("lesson-eyebrow");
        Label readBadge = new Label("READ");
        readBadge.setGraphic(Icons.icon(LearnIcons.CHECK, 14));
        readBadge.getStyleClass().add("lesson-read-badge");
        readBadge.setId("learn-read-badge");
        readBadge.visibleProperty().bind(model.currentReadProperty());
        readBadge.managedProperty().bind(readBadge.visibleProperty());
        HBox top = new HBox(eyebrow, readBadge);
        top.getStyleClass().add("lesson-eyebrow-row");
        top.setAlignment(Pos.CENTER_LEFT);

        Label title = wrapped(lesson.title(), "lesson-title");
        title.setId("learn-lesson-title");
        Label summary = wrapped(lesson.summary(), "lesson-summary");

        Button back = new Button();
        back.setId("learn-back-from-link");
        back.getStyleClass().addAll("flat", "lesson-back");
        back.textProperty().bind(Bindings.createStringBinding(() -> model.linkedFromProperty().get()
                .map(l -> "\u2190 Back to \u201c" + l.title() + "\u201d").orElse(""), model.linkedFromProperty()));
        back.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.linkedFromProperty().get().isPresent(),
                model.linkedFromProperty()));
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(e -> model.returnFromLink());

        VBox header = new VBox(back, top, title, summary);
        header.getStyleClass().add("lesson-header");
        return header;
    }

    private static VBox footer(LearnModel model) {
        Button markRead = new Button();
        markRead.setId("learn-mark-read");
        markRead.getStyleClass().add("lesson-mark-read");
        markRead.textProperty().bind(Bindings.when(model.currentReadProperty()).then("Mark as not read")
                .otherwise("Mark as read"));
        Node tick = Icons.icon(LearnIcons.CHECK, 16);
        markRead.graphicProperty().bind(Bindings.when(model.currentReadProperty()).then((Node) null).otherwise(tick));
        markRead.setOnAction(e -> model.toggleCurrentRead());
        Label hint = wrapped("", "lesson-end-hint");
        hint.textProperty().bind(Bindings.when(model.currentReadProperty())
                .then("You have read this lesson.")
                .otherwise("It counts as read when you scroll to its end or go on to the next lesson."));
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox read = new HBox(markRead, hint);
        read.getStyleClass().add("lesson-read-row");
        read.setAlignment(Pos.CENTER_LEFT);

        HBox moves = new HBox(move(model, -1), move(model, 1));
        moves.getStyleClass().add("lesson-moves");
        VBox footer = new VBox(read, moves);
        footer.getStyleClass().add("lesson-footer");
        return footer;
    }

    /** A card naming the lesson before or after this one; an empty space at either end of the course. */
    private static Region move(LearnModel model, int step) {
        Optional<Lesson> target = model.neighbour(step);
        Region card;
        if (target.isEmpty()) {
            card = new Region();
            card.setPrefWidth(1);
            card.setMaxWidth(Double.MAX_VALUE);
        } else {
            card = new MoveCard(step > 0, target.get().title(), step > 0 ? model::next : model::previous);
            card.setId(step < 0 ? "learn-previous" : "learn-next");
        }
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The node of section {@code index}, for scrolling to a search match. */
    Optional<Node> section(int index) {
        return index >= 0 && index < sections.size() ? Optional.of(sections.get(index)) : Optional.empty();
    }

    Node footer() {
        return footer;
    }

    List<DiagramSection> diagrams() {
        return diagrams;
    }

    /** Runs or pauses every diagram's traffic animation (paused while the place is hidden or the page gone). */
    void setAnimating(boolean on) {
        diagrams.forEach(d -> d.setAnimating(on));
    }
}
