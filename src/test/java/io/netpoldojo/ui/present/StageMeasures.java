package io.netpoldojo.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/**
 * What {@link StageSizesTest} measures on a stage as rendered: every word beside the canvas at
 * the stage's floor and whole, the code at its floor with line numbers no larger, the column
 * within its height, the drawing within its part of the stage, and on the canvas the cards' names
 * and the zones' titles as drawn (type size times the canvas's zoom).
 */
final class StageMeasures {
    /** A card's labels and ports against its name's type (present.css). */
    private static final double DETAIL_SHARE = 0.88;

    private StageMeasures() {}

    /** What a check found: one entry per problem, and the smallest zone title drawn. */
    record Found(List<String> problems, double smallestZoneTitle) {}

    /**
     * What is wrong with the stage under {@code root} as shown on {@code screen}.
     *
     * @param cardsAtLeast the least the cards' names and the zones' titles may be drawn at (less
     *                     than the screen's floor only in the class vote's test)
     */
    static Found check(FxRobot robot, Node root, StageSizesTest.Screen screen, double cardsAtLeast) {
        double smallestZoneTitle = Double.MAX_VALUE;
        Bounds window = new javafx.geometry.BoundingBox(0, 0, screen.width(), screen.height());
        Node canvas = robot.from(root).lookup(".dojo-canvas").query();
        // The code scrolls inside its own box when a policy is longer than the column.
        Node codeBox = robot.from(root).lookup(".present-policy-scroll").query();
        List<String> problems = new ArrayList<>();
        double code = Double.MAX_VALUE;
        double numbers = 0;
        for (Node n : robot.from(root).lookup((Node x) -> x instanceof Text || x instanceof Labeled).queryAll()) {
            if (!treeVisible(n) || inside(n, canvas)) {
                continue;
            }
            if (n instanceof Text t) {
                if (t.getStyleClass().contains("present-code-text")) {
                    code = Math.min(code, t.getFont().getSize());
                }
                continue;
            }
            Labeled l = (Labeled) n;
            if (l.getText() == null || l.getText().isBlank()) {
                continue;
            }
            if (l.getStyleClass().contains("present-code-number")) {
                numbers = Math.max(numbers, l.getFont().getSize());
            }
            if (l.getFont().getSize() < StageView.FLOOR_PX - 0.05) {
                problems.add("\"" + l.getText() + "\" is " + l.getFont().getSize() + " px");
            }
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText())) {
                problems.add("\"" + l.getText() + "\" is cut short: \"" + t.getText() + "\"");
            }
            Bounds b = l.localToScene(l.getLayoutBounds());
            if (!inside(l, codeBox) && !contains(window, b)) {
                problems.add("\"" + l.getText() + "\" leaves the window: " + b);
            }
        }
        if (code != Double.MAX_VALUE) {
            if (code < screen.codeAtLeast() - 0.05) {
                problems.add("code is " + code + " px");
            }
            if (numbers > code + 0.05) {
                problems.add("line numbers (" + numbers + " px) are larger than the code (" + code + " px)");
            }
        }
        // The column's cards fit the column; only the code may scroll inside its own box.
        ScrollPane side = robot.from(root).lookup(".present-side-scroll").queryAs(ScrollPane.class);
        Region column = (Region) side.getContent();
        if (column.getHeight() > side.getViewportBounds().getHeight() + 1) {
            StringBuilder parts = new StringBuilder();
            for (Node c : column.getChildrenUnmodifiable()) {
                if (c.isVisible()) {
                    parts.append(" ").append(c.getId()).append("=").append(Math.round(((Region) c).getHeight()))
                            .append("/min ").append(Math.round(((Region) c).minHeight(column.getWidth())));
                }
            }
            problems.add("the column is " + column.getHeight() + " px tall in " + side.getViewportBounds().getHeight()
                    + ":" + parts);
        }
        // The drawing inside its part of the stage.
        ScrollPane canvasPane = (ScrollPane) canvas;
        Node world = robot.from(canvas).lookup("#canvas-world").query();
        Bounds drawn = world.localToScene(world.getLayoutBounds());
        Bounds view = canvasPane.localToScene(canvasPane.getLayoutBounds());
        if (!contains(view, drawn)) {
            problems.add("the drawing " + drawn + " leaves its part of the stage " + view);
        }
        for (Node n : robot.from(canvas).lookup(".endpoint-name").queryAll()) {
            Labeled l = (Labeled) n;
            if (!treeVisible(l)) {
                continue; // the join card has the canvas's place
            }
            if (l.lookup(".text") instanceof Text t && !t.getText().equals(l.getText())) {
                problems.add("the card \"" + l.getText() + "\" shows \"" + t.getText() + "\"");
            }
            double nameDrawn = l.getFont().getSize() * onScreenScale(l);
            if (nameDrawn < cardsAtLeast - 0.05) {
                problems.add(String.format(java.util.Locale.ROOT, "the card \"%s\" has its name drawn at %.1f px",
                        l.getText(), nameDrawn));
            }
            // A name is set smaller only when it does not fit its card at the card's type (the
            // labels under it are a share of that type): "mysql" once shrank to 7 px after a highlight.
            Labeled labels = (Labeled) l.getParent().lookup(".endpoint-detail");
            double cardType = labels.getFont().getSize() / DETAIL_SHARE;
            Text atCardType = new Text(l.getText());
            atCardType.setFont(Font.font(l.getFont().getFamily(), FontWeight.BOLD, cardType));
            double room = ((Region) l.getParent()).getWidth();
            if (l.getFont().getSize() < cardType - 0.5 && atCardType.getLayoutBounds().getWidth() < room - 2) {
                problems.add("the card \"" + l.getText() + "\" has its name at " + l.getFont().getSize()
                        + " px though it fits at the card's " + cardType + " px");
            }
        }
        for (Node n : robot.from(canvas).lookup(".zone-title").queryAll()) {
            Labeled title = (Labeled) n;
            if (!treeVisible(title)) {
                continue;
            }
            if (title.lookup(".text") instanceof Text t && !t.getText().equals(title.getText())) {
                problems.add("the zone title \"" + title.getText() + "\" shows \"" + t.getText() + "\"");
            }
            double titleDrawn = title.getFont().getSize() * onScreenScale(title);
            if (titleDrawn < cardsAtLeast - 0.05) {
                problems.add(String.format(java.util.Locale.ROOT, "the zone title \"%s\" is drawn at %.1f px",
                        title.getText(), titleDrawn));
            }
            smallestZoneTitle = Math.min(smallestZoneTitle, titleDrawn);
        }
        for (Node n : robot.from(canvas).lookup(".zone-labels").queryAll()) {
            Labeled labels = (Labeled) n;
            if (treeVisible(labels) && labels.lookup(".text") instanceof Text t && !t.getText().equals(labels.getText())) {
                problems.add("the zone's labels \"" + labels.getText() + "\" show \"" + t.getText() + "\"");
            }
        }
        return new Found(problems, smallestZoneTitle);
    }

    /** How many screen pixels a pixel of this node's own is drawn at (the canvas is zoomed). */
    private static double onScreenScale(Node n) {
        Bounds unit = n.localToScene(new javafx.geometry.BoundingBox(0, 0, 100, 100));
        return unit.getHeight() / 100;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 1 && inner.getMinY() >= outer.getMinY() - 1
                && inner.getMaxX() <= outer.getMaxX() + 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }

    private static boolean inside(Node n, Node ancestor) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
