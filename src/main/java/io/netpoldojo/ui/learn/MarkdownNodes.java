package io.netpoldojo.ui.learn;

import io.netpoldojo.ui.editor.YamlEditor;
import io.netpoldojo.ui.text.CodeFont;
import io.netpoldojo.ui.text.Span;
import io.netpoldojo.ui.text.SpanFlow;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Turns lesson Markdown into nodes: paragraphs and list items as {@link SpanFlow}s, code as read-only editors. */
final class MarkdownNodes {
    /** On every paragraph and list item: lesson text has its own line spacing (learn.css). */
    static final String LESSON_TEXT = "lesson-text";

    private final CodeFont codeFont = new CodeFont();
    private final Consumer<String> onLink;
    private final Predicate<String> isLesson;
    private final DoubleConsumer scrollPage;

    /**
     * @param onLink     called with a lesson id when a link is followed
     * @param isLesson   whether a lesson id is among the loaded lessons: a link to one that did
     *                   not load is shown as plain words, never as a link that does nothing
     * @param scrollPage scrolls the page by so many pixels (the wheel over a code block)
     */
    MarkdownNodes(Consumer<String> onLink, Predicate<String> isLesson, DoubleConsumer scrollPage) {
        this.onLink = onLink;
        this.isLesson = isLesson;
        this.scrollPage = scrollPage;
    }

    /** The blocks of one text, stacked. */
    VBox render(String markdown) {
        VBox blocks = new VBox();
        blocks.getStyleClass().add("lesson-blocks");
        for (MarkdownBlock block : Markdown.parse(markdown)) {
            blocks.getChildren().add(block(block));
        }
        return blocks;
    }

    private Node block(MarkdownBlock block) {
        if (block instanceof MarkdownBlock.Paragraph p) {
            SpanFlow flow = new SpanFlow(withLiveLinks(p.spans()), codeFont, onLink);
            flow.getStyleClass().addAll(LESSON_TEXT, "lesson-paragraph");
            return flow;
        }
        if (block instanceof MarkdownBlock.BulletList l) {
            return list(l.items(), "lesson-bullets", i -> "\u2022");
        }
        if (block instanceof MarkdownBlock.NumberedList l) {
            return list(l.items(), "lesson-numbers", i -> (l.start() + i) + ".");
        }
        MarkdownBlock.CodeBlock c = (MarkdownBlock.CodeBlock) block;
        String language = c.language().toLowerCase(Locale.ROOT);
        return language.isEmpty() || language.equals("yaml") || language.equals("yml") ? codeBlock(c.code())
                : plainCode(c.code());
    }

    private Node list(List<List<Span>> items, String styleClass, java.util.function.IntFunction<String> marker) {
        VBox list = new VBox();
        list.getStyleClass().addAll("lesson-list", styleClass);
        for (int i = 0; i < items.size(); i++) {
            Label mark = new Label(marker.apply(i));
            mark.getStyleClass().add("lesson-list-marker");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            SpanFlow flow = new SpanFlow(withLiveLinks(items.get(i)), codeFont, onLink);
            flow.getStyleClass().add(LESSON_TEXT);
            flow.setMinWidth(0);
            HBox.setHgrow(flow, Priority.ALWAYS);
            HBox item = new HBox(mark, flow);
            item.getStyleClass().add("lesson-list-item");
            item.setAlignment(Pos.BASELINE_LEFT);
            list.getChildren().add(item);
        }
        return list;
    }

    private List<Span> withLiveLinks(List<Span> spans) {
        return spans.stream().map(s -> s.lessonLink().filter(isLesson.negate()).isPresent()
                ? s.unlinked() : s).toList();
    }

    /** YAML as in the editor, highlighted, but read-only and as tall as its text. */
    Node codeBlock(String yaml) {
        YamlEditor editor = new YamlEditor(yaml.stripTrailing());
        editor.setReadOnly(true);
        editor.getStyleClass().add("lesson-code-block");
        // A block in a lesson is for reading: Tab moves between the page's links and buttons,
        // not into the code (inside the editor Tab would indent). The mouse still selects and copies.
        Node area = editor.lookup("#yaml-editor-area");
        if (area != null) {
            area.setFocusTraversable(false);
        }
        PageWheel.install(editor, scrollPage);
        return editor;
    }

    private Node plainCode(String code) {
        return codeFont.block(code);
    }
}
