package io.netpoldojo.ui.quiz;

import io.netpoldojo.ui.text.CodeFont;
import io.netpoldojo.ui.text.InlineParser;
import io.netpoldojo.ui.text.Span;
import io.netpoldojo.ui.text.SpanFlow;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Card texts as their authors wrote them (questions, choices, explanations, and answers quoted
 * back): inline Markdown set as rich text, so {@code `spec.podSelector`} reads as code and no
 * backtick or star shows. A link to a lesson inside a card stays as its words only: the
 * feedback's own lesson link already leads to the card's lesson.
 */
final class CardText {
    /** A fenced block ("```yaml" up to "```"), as a question quotes a policy in it. */
    static final Pattern FENCED = Pattern.compile("(?ms)^ {0,3}```[A-Za-z0-9_+-]*[ \\t]*\\n(.*?)^ {0,3}```[ \\t]*$");

    private CardText() {}

    /**
     * A card text that may quote code in fenced blocks: its words as flows with {@code styleClass},
     * each block as monospaced text on a soft panel ({@code .code-block}). Without a block,
     * just the flow.
     */
    static Node blocks(String markdown, String styleClass) {
        Matcher fence = FENCED.matcher(markdown);
        if (!fence.find()) {
            return flow(markdown.strip(), styleClass);
        }
        VBox blocks = new VBox();
        blocks.getStyleClass().add("quiz-text-blocks");
        int from = 0;
        do {
            addWords(blocks, markdown.substring(from, fence.start()), styleClass);
            blocks.getChildren().add(new CodeFont().block(fence.group(1)));
            from = fence.end();
        } while (fence.find());
        addWords(blocks, markdown.substring(from), styleClass);
        return blocks;
    }

    private static void addWords(VBox blocks, String words, String styleClass) {
        if (!words.isBlank()) {
            blocks.getChildren().add(flow(words.strip(), styleClass));
        }
    }

    static List<Span> spans(String markdown) {
        return InlineParser.parse(markdown).stream().map(Span::unlinked).toList();
    }

    /** The words without their markup, as a screen reader should say them. */
    static String plain(String markdown) {
        StringBuilder b = new StringBuilder();
        spans(markdown).forEach(s -> b.append(s.text()));
        return b.toString();
    }

    /** A paragraph of card text that wraps to its container and never squeezes below its lines. */
    static SpanFlow flow(String markdown, String styleClass) {
        // The spans carry no links (see spans()), so there is nothing to follow.
        SpanFlow flow = new SpanFlow(spans(markdown), new CodeFont(), lessonId -> { });
        flow.getStyleClass().add(styleClass);
        flow.setMinWidth(0);
        flow.setMinHeight(Region.USE_PREF_SIZE);
        return flow;
    }
}
