package io.netpoldojo.ui.text;

import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * The monospaced family for inline code: the first installed of the fonts the YAML editor also
 * prefers, so code in a sentence and code in a block look alike. JavaFX CSS takes one family,
 * not a fallback list, hence the look-up.
 */
public final class CodeFont {
    private static final List<String> PREFERRED = List.of("JetBrains Mono", "Cascadia Mono", "Consolas", "SF Mono",
            "Menlo", "DejaVu Sans Mono", "Liberation Mono", "Monospaced");

    private final String family;

    public CodeFont() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        family = PREFERRED.stream().filter(installed::contains).findFirst().orElse("Monospaced");
    }

    /** An inline style setting the family, for nodes that show code. */
    public String style() {
        return "-fx-font-family: '" + family + "';";
    }

    /**
     * A block of code in this font on a soft panel ({@code .code-block} in inline-text.css), as
     * wide as its container allows and never squeezed shorter than its lines.
     */
    public Label block(String code) {
        Label block = new Label(code.stripTrailing());
        block.getStyleClass().add("code-block");
        block.setStyle(style());
        block.setMaxWidth(Double.MAX_VALUE);
        block.setMinHeight(Region.USE_PREF_SIZE);
        return block;
    }
}
