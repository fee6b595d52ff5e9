package io.netpoldojo.ui.learn;

import io.netpoldojo.content.Section;
import io.netpoldojo.ui.Icons;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A boxed aside. Each kind has its own icon, its name written out and its colour, so the kinds
 * differ for readers who cannot tell the colours apart and in a black-and-white print.
 */
final class CalloutBox extends VBox {
    CalloutBox(Section.Callout callout, MarkdownNodes markdown) {
        getStyleClass().addAll("callout", CalloutKinds.styleClass(callout.kind()));
        Region icon = Icons.icon(LearnIcons.callout(callout.kind()), 20);
        icon.getStyleClass().add("callout-icon");
        Label kind = new Label(CalloutKinds.label(callout.kind()).toUpperCase(Locale.ROOT));
        kind.getStyleClass().add("callout-kind");
        HBox header = new HBox(icon, kind);
        header.getStyleClass().add("callout-header");
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(header);
        callout.title().ifPresent(t -> {
            Label title = new Label(t);
            title.getStyleClass().add("callout-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(title);
        });
        getChildren().add(markdown.render(callout.markdown()));
        setAccessibleText(CalloutKinds.label(callout.kind()) + callout.title().map(t -> ": " + t).orElse(""));
    }
}
