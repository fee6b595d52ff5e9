package io.netpoldojo.ui;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A place that is not built yet. It says so plainly and says what it will do, so nobody
 * mistakes it for a broken feature. Replaced one by one as the real places arrive.
 */
public final class ComingSoonPlace implements Place {
    private final String id;
    private final String title;
    private final String iconPath;
    private final String summary;
    private final List<String> promises;
    private Node view;

    public ComingSoonPlace(String id, String title, String iconPath, String summary, List<String> promises) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.iconPath = Objects.requireNonNull(iconPath);
        this.summary = Objects.requireNonNull(summary);
        this.promises = List.copyOf(promises);
    }

    public static ComingSoonPlace learn() {
        return new ComingSoonPlace("learn", "Learn", Icons.LEARN,
                "Short lessons that explain Kubernetes NetworkPolicies one idea at a time, each with a small live cluster to try it on.",
                List.of("What a policy selects, and when a pod becomes isolated",
                        "How ingress and egress rules, ports and namespaces combine",
                        "The traps: an empty selector versus a missing one, and default deny"));
    }

    public static ComingSoonPlace playground() {
        return new ComingSoonPlace("playground", "Playground", Icons.PLAYGROUND,
                "A canvas of namespaces and pods where you write or load NetworkPolicies and see at once which traffic is allowed.",
                List.of("Lay out pods and namespaces, or open your own manifests",
                        "Every connection drawn as allowed or denied",
                        "Ask why: the policy and rule that decided it"));
    }

    public static ComingSoonPlace quiz() {
        return new ComingSoonPlace("quiz", "Quiz", Icons.QUIZ,
                "Questions that check what you have learnt, graded by the same engine that draws the Playground.",
                List.of("Predict whether traffic gets through, then see why",
                        "Fix a broken policy or write one to match a table",
                        "What you got wrong comes back until you have it"));
    }

    public static ComingSoonPlace present() {
        return new ComingSoonPlace("present", "Present", Icons.PRESENT,
                "A classroom mode for teaching NetworkPolicies to a room, with large type and step-by-step demos.",
                List.of("Walk through prepared demos one step at a time",
                        "Large, high-contrast text that reads from the back row",
                        "No editing clutter on the projector"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String iconPath() {
        return iconPath;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        Region icon = Icons.icon(iconPath, 40);
        VBox badge = new VBox(icon);
        badge.getStyleClass().add("coming-soon-icon");
        badge.setAlignment(Pos.CENTER);
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label heading = new Label(title);
        heading.getStyleClass().add("coming-soon-title");
        Label tag = new Label("Coming soon");
        tag.getStyleClass().add("coming-soon-tag");
        HBox titleRow = new HBox(heading, tag);
        titleRow.getStyleClass().add("coming-soon-title-row");
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label lead = new Label(summary);
        lead.getStyleClass().add("coming-soon-summary");
        lead.setWrapText(true);

        VBox list = new VBox();
        list.getStyleClass().add("coming-soon-list");
        for (String promise : promises) {
            Region dot = new Region();
            dot.getStyleClass().add("coming-soon-bullet");
            Label text = new Label(promise);
            text.setWrapText(true);
            HBox item = new HBox(dot, text);
            item.getStyleClass().add("coming-soon-item");
            item.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(item);
        }

        Label honest = new Label("This part of NetPol Dojo is not built yet.");
        honest.getStyleClass().add("coming-soon-note");

        VBox panel = new VBox(badge, titleRow, lead, list, honest);
        panel.getStyleClass().add("coming-soon");
        panel.setId("coming-soon-" + id);
        panel.setMaxWidth(640);

        VBox centre = new VBox(panel);
        centre.setAlignment(Pos.CENTER);
        centre.getStyleClass().add("coming-soon-page");
        ScrollPane scroller = new ScrollPane(centre);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("page-scroller");
        return scroller;
    }
}
