package io.netpoldojo.ui.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One run of rich text (a lesson paragraph or list item, a quiz question, choice or
 * explanation): the spans as styled text that wraps, inline code on a soft background, and links
 * to lessons as real hyperlinks (focusable, Enter follows them). The look is in
 * {@link #STYLESHEET}, which a place adds to its root before its own sheet, so the place can
 * tune it (line spacing, size) with rules of its own.
 *
 * <p>Text nodes cannot have a background, so the code background is a path drawn from
 * {@link TextFlow#rangeShape} after each layout: it follows the code across line breaks. The
 * path is unmanaged, so the text layout does not count it.
 */
public final class SpanFlow extends TextFlow {
    /** The style classes this flow sets, for a place's own rules and for tests. */
    public static final String STYLE_CLASS = "inline-text";
    public static final String RUN = "inline-run";
    public static final String BOLD = "inline-bold";
    public static final String ITALIC = "inline-italic";
    public static final String CODE = "inline-code";
    public static final String LINK = "lesson-link";
    /** The look of the runs, the code background and links, in the theme's named colours. */
    public static final String STYLESHEET = SpanFlow.class.getResource("inline-text.css").toExternalForm();

    private final Path codeBackground = new Path();
    private final List<int[]> codeRanges = new ArrayList<>();

    /**
     * @param spans    the text, as {@link InlineParser#parse} gives it
     * @param codeFont the family for inline code
     * @param onLink   called with a lesson id when a link is followed
     */
    public SpanFlow(List<Span> spans, CodeFont codeFont, Consumer<String> onLink) {
        getStyleClass().add(STYLE_CLASS);
        codeBackground.getStyleClass().add("inline-code-background");
        codeBackground.setManaged(false);
        codeBackground.setMouseTransparent(true);
        getChildren().add(codeBackground);
        // Offsets in the flow's text, where an embedded node (the hyperlink) counts as one character.
        int offset = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (span.lessonLink().isPresent()) {
                StringBuilder label = new StringBuilder(span.text());
                while (i + 1 < spans.size() && spans.get(i + 1).lessonLink().equals(span.lessonLink())) {
                    label.append(spans.get(++i).text());
                }
                getChildren().add(link(label.toString(), span.lessonLink().get(), onLink));
                offset += 1;
            } else {
                getChildren().add(text(span, codeFont));
                if (span.has(Span.Style.CODE)) {
                    codeRanges.add(new int[] {offset, offset + span.text().length()});
                }
                offset += span.text().length();
            }
        }
        // A screen reader reads the words, not the runs one by one.
        setAccessibleText(text());
    }

    private static Node text(Span span, CodeFont codeFont) {
        Text text = new Text(span.text());
        text.getStyleClass().add(RUN);
        if (span.has(Span.Style.BOLD)) {
            text.getStyleClass().add(BOLD);
        }
        if (span.has(Span.Style.ITALIC)) {
            text.getStyleClass().add(ITALIC);
        }
        if (span.has(Span.Style.CODE)) {
            text.getStyleClass().add(CODE);
            text.setStyle(codeFont.style());
        }
        return text;
    }

    private static Node link(String label, String lessonId, Consumer<String> onLink) {
        Hyperlink link = new Hyperlink(label);
        link.getStyleClass().add(LINK);
        link.setId("lesson-link-" + lessonId);
        link.setAccessibleHelp("Opens the lesson " + lessonId);
        link.setOnAction(e -> onLink.accept(lessonId));
        return link;
    }

    /** The plain text of the flow, as a reader would copy it (tests look for words with it). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Node n : getChildren()) {
            if (n instanceof Text t) {
                b.append(t.getText());
            } else if (n instanceof Hyperlink h) {
                b.append(h.getText());
            }
        }
        return b.toString();
    }

    /** The shape drawn behind inline code, when there is any. */
    public Optional<Path> codeBackground() {
        return codeRanges.isEmpty() ? Optional.empty() : Optional.of(codeBackground);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<PathElement> shapes = new ArrayList<>();
        for (int[] range : codeRanges) {
            shapes.addAll(List.of(rangeShape(range[0], range[1])));
        }
        codeBackground.getElements().setAll(shapes);
    }
}
