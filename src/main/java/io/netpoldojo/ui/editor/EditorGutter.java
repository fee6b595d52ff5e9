package io.netpoldojo.ui.editor;

import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The gutter left of each line (problem marker, then line number) and the tooltip that explains a
 * problem line, shown over its marker or over the line's text.
 */
final class EditorGutter {
    static final String GUTTER = "yaml-editor-gutter";
    static final String LINE_NUMBER = "yaml-editor-line-number";
    static final String MARKER = "yaml-editor-problem-marker";
    static final String MARKER_SLOT = "yaml-editor-marker-slot";
    private static final Duration TOOLTIP_DELAY = Duration.millis(250);

    private final CodeArea area;
    private final Tooltip textTooltip = new Tooltip();
    private ProblemIndex problems = new ProblemIndex(List.of());
    private int digits;

    EditorGutter(CodeArea area) {
        this.area = area;
        textTooltip.getStyleClass().add("yaml-editor-problem-tooltip");
        area.setMouseOverTextDelay(java.time.Duration.ofMillis((long) TOOLTIP_DELAY.toMillis()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, this::showTextTooltip);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> textTooltip.hide());
        area.getParagraphs().addListener((ListChangeListener<Object>) change -> {
            // Line numbers are padded to the widest one so the text column does not jump at line 10, 100...
            if (digitsFor(area.getParagraphs().size()) != digits) {
                refresh();
            }
        });
        refresh();
    }

    void setProblems(ProblemIndex problems) {
        this.problems = problems;
        refresh();
    }

    /**
     * A new factory makes RichTextFX rebuild the graphic of every visible paragraph; lines that only
     * move keep theirs, since the factory is asked again whenever a paragraph's index changes.
     */
    private void refresh() {
        digits = digitsFor(area.getParagraphs().size());
        area.setParagraphGraphicFactory(this::graphicFor);
    }

    private Node graphicFor(int paragraph) {
        int line = paragraph + 1;
        Label number = new Label(String.format("%" + digits + "d", line));
        number.getStyleClass().add(LINE_NUMBER);
        StackPane slot = new StackPane();
        slot.getStyleClass().add(MARKER_SLOT);
        marker(line).ifPresent(slot.getChildren()::add);
        HBox gutter = new HBox(slot, number);
        gutter.getStyleClass().add(GUTTER);
        return gutter;
    }

    private Optional<Node> marker(int line) {
        return problems.worstOnLine(line).map(severity -> {
            Region marker = new Region();
            marker.getStyleClass().addAll(MARKER, severity.styleClass());
            String messages = problems.messagesOnLine(line);
            marker.setAccessibleText(severity.styleClass() + " on line " + line + ": " + messages);
            Tooltip tooltip = new Tooltip(messages);
            tooltip.setShowDelay(TOOLTIP_DELAY);
            Tooltip.install(marker, tooltip);
            return marker;
        });
    }

    private void showTextTooltip(MouseOverTextEvent event) {
        int line = area.offsetToPosition(event.getCharacterIndex(), Bias.Forward).getMajor() + 1;
        String messages = problems.messagesOnLine(line);
        if (messages.isEmpty()) {
            return;
        }
        textTooltip.setText(messages);
        Point2D at = event.getScreenPosition();
        textTooltip.show(area, at.getX(), at.getY() + 18);
    }

    private static int digitsFor(int lines) {
        return Math.max(2, String.valueOf(lines).length());
    }
}
