package io.netpoldojo.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The About overlay's card: name, version, what the app is for, and where it keeps the user's files. */
final class AboutCard extends VBox {
    AboutCard(Path dataDir) {
        setId("about-overlay");
        getStyleClass().addAll("overlay-card", "about-card");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label version = new Label(version());
        version.getStyleClass().add("about-version");
        Label purpose = new Label("Learn, practise and teach Kubernetes NetworkPolicies: "
                + "an exact engine, a canvas, quizzes and a classroom mode.");
        purpose.getStyleClass().add("about-purpose");
        purpose.setWrapText(true);
        Label data = new Label("Your settings and progress are kept in\n" + dataDir);
        data.setId("about-data-dir");
        data.getStyleClass().add("about-data");
        data.setWrapText(true);
        getChildren().addAll(OverlayCards.header(Icons.SHIELD, "NetPol Dojo"), version, purpose, data, OverlayCards.closeHint());
    }

    private static String version() {
        return Optional.ofNullable(AboutCard.class.getPackage().getImplementationVersion())
                .map(v -> "Version " + v)
                .orElse("Development build");
    }
}
