package io.netpoldojo.ui.present;

import io.netpoldojo.ui.editor.HighlightSpan;
import io.netpoldojo.ui.editor.YamlHighlighter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A policy's YAML for the back of a room: read-only, in the stage's code size, long lines wrapped
 * rather than cut, line numbers smaller than the code, and what the step changed marked: the
 * changed lines with a bar and a tint, and inside an edited line the characters that differ (the
 * dash). The syntax colours are the editor's ({@link YamlHighlighter}).
 */
final class StageCode extends VBox {
    static final String CHANGED_LINE = "present-code-changed";
    static final String CHANGED_TEXT = "present-code-changed-text";
    private final YamlHighlighter highlighter = new YamlHighlighter();
    private String numberStyle = "";
    /** The line to keep in view, if the step changed one: see {@link #keyLine()}. */
    private int keyLine = -1;

    StageCode() {
        getStyleClass().add("present-code");
    }

    /**
     * The code's font and size in pixels; line numbers are four fifths of it, but never under
     * {@code floorPx} nor larger than the code.
     */
    void setFont(String family, double px, double floorPx) {
        setStyle("-fx-font-family: '" + family + "'; -fx-font-size: " + px + "px;");
        numberStyle = "-fx-font-size: " + Math.min(px, Math.max(floorPx, Math.round(0.8 * px * 10) / 10.0)) + "px;";
        for (var n : getChildren()) {
            ((HBox) n).getChildren().get(0).setStyle(numberStyle);
        }
    }

    /** Shows {@code now}; the lines and characters that differ from {@code before} are marked (nothing, when it is empty). */
    void show(String now, String before) {
        List<String> lines = now.lines().toList();
        List<CodeDiff.Line> diff = before.isEmpty()
                ? lines.stream().map(l -> new CodeDiff.Line(l, false, java.util.Optional.empty())).toList()
                : CodeDiff.of(before.lines().toList(), lines);
        List<List<HighlightSpan>> colours = highlighter.highlight(lines);
        int digits = String.valueOf(lines.size()).length();
        List<HBox> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Label number = new Label(String.format("%" + digits + "d", i + 1));
            number.getStyleClass().add("present-code-number");
            number.setStyle(numberStyle);
            number.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextFlow code = line(diff.get(i), colours.get(i));
            code.getStyleClass().add("present-code-line");
            HBox.setHgrow(code, Priority.ALWAYS);
            HBox row = new HBox(number, code);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("present-code-row");
            if (diff.get(i).changed()) {
                row.getStyleClass().add(CHANGED_LINE);
            }
            rows.add(row);
        }
        getChildren().setAll(rows);
        keyLine = keyLine(diff);
    }

    /**
     * The changed line the class must see: the first one under {@code spec:}, where what a policy
     * does is said (a renamed policy or a changed comment above it matters less); else the first
     * changed line; -1 when nothing changed.
     */
    private static int keyLine(List<CodeDiff.Line> diff) {
        int spec = -1;
        int first = -1;
        for (int i = 0; i < diff.size(); i++) {
            if (spec < 0 && diff.get(i).text().startsWith("spec:")) {
                spec = i;
            }
            if (diff.get(i).changed()) {
                if (first < 0) {
                    first = i;
                }
                if (spec >= 0) {
                    return i;
                }
            }
        }
        return first;
    }

    /** The index of the line to keep in view (0-based), or -1. */
    int keyLine() {
        return keyLine;
    }

    /** Where line {@code index} starts, from the top of this view, at {@code width}: as it will be laid out. */
    double lineTop(int index, double width) {
        double y = snappedTopInset();
        for (int i = 0; i < index && i < getChildren().size(); i++) {
            y += getChildren().get(i).prefHeight(width);
        }
        return y;
    }

    /** One line as coloured tokens, the changed characters (if any) in their own token. */
    private static TextFlow line(CodeDiff.Line line, List<HighlightSpan> spans) {
        String text = line.text();
        // Cut points: every span edge and the changed part's edges.
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
        for (HighlightSpan s : spans) {
            cuts.add(Math.min(s.start(), text.length()));
            cuts.add(Math.min(s.end(), text.length()));
        }
        if (line.span().isPresent()) {
            cuts.add(line.from());
            cuts.add(line.to());
        }
        TextFlow flow = new TextFlow();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                Text t = new Text(breakable(text.substring(from, cut)));
                t.getStyleClass().add("present-code-text");
                int start = from;
                spans.stream().filter(s -> s.contains(start)).findFirst().ifPresent(s -> t.getStyleClass().add(s.styleClass()));
                if (line.span().isPresent() && start >= line.from() && start < line.to()) {
                    t.getStyleClass().add(CHANGED_TEXT);
                }
                flow.getChildren().add(t);
            }
            from = cut;
        }
        if (flow.getChildren().isEmpty()) {
            flow.getChildren().add(new Text(" "));
        }
        return flow;
    }

    /**
     * Lets a long token ({@code kubernetes.io/metadata.name}) wrap after its dots, slashes and
     * dashes when large code meets a narrow column: a zero-width space after each, which shows
     * nothing. Lines wrap at spaces anyway.
     */
    static String breakable(String token) {
        return token.length() < 12 ? token : token.replaceAll("([./\\-])(?=.)", "$1\u200b");
    }

    /** The text shown, as the YAML it is (without the invisible break points). */
    String textShown() {
        return String.join("\n", linesShown().stream().map(l -> l.substring(l.indexOf(' ') + 3)).toList());
    }

    /** The lines as shown, for tests: "12 +    - podSelector:" with a plus on changed lines. */
    List<String> linesShown() {
        List<String> out = new ArrayList<>();
        for (var n : getChildren()) {
            HBox row = (HBox) n;
            String number = ((Label) row.getChildren().get(0)).getText().strip();
            StringBuilder sb = new StringBuilder();
            for (var t : ((TextFlow) row.getChildren().get(1)).getChildren()) {
                sb.append(((Text) t).getText().replace("\u200b", ""));
            }
            out.add(number + (row.getStyleClass().contains(CHANGED_LINE) ? " + " : "   ") + sb);
        }
        return out;
    }
}
