package io.netpoldojo.ui.playground.files;

import io.netpoldojo.diagram.Drawing;
import io.netpoldojo.diagram.PngWriter;
import io.netpoldojo.diagram.SvgWriter;
import io.netpoldojo.diagram.Theme;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * File > Export picture: the drawing on screen, laid out and routed as the canvas shows it, as a
 * PNG (twice the size, sharp on a slide) or a semantic SVG, in the theme the app is in. The same
 * writers as the {@code render} command, so a picture from the app and one from a script match.
 */
public final class PictureExport {
    /** A PNG is painted at twice the drawing's size: sharp on a projector or a printed page. */
    static final double PNG_SCALE = 2;

    private PictureExport() {}

    /**
     * Asks where to save, then writes the picture; {@code done} hears a sentence saying where it
     * went, or what went wrong.
     */
    public static void ask(Node owner, String suggestedName, Supplier<Drawing> drawing, Consumer<String> done) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export a picture of the diagram");
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter("PNG picture", "*.png");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG drawing", "*.svg");
        chooser.getExtensionFilters().addAll(png, svg);
        chooser.setInitialFileName(suggestedName + ".png");
        File f = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (f == null) {
            return;
        }
        Path path = f.toPath();
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            path = path.resolveSibling(path.getFileName() + (chooser.getSelectedExtensionFilter() == svg ? ".svg" : ".png"));
        }
        try {
            write(path, drawing.get(), isDark(owner));
            done.accept("Exported the picture to " + path + ".");
        } catch (IOException | RuntimeException e) {
            done.accept("Could not export the picture to " + path + ": " + e.getMessage());
        }
    }

    /** Writes a drawing as SVG (a {@code .svg} path) or PNG, replacing the file whole or not at all. */
    public static void write(Path path, Drawing drawing, boolean dark) throws IOException {
        Theme theme = dark ? Theme.dark() : Theme.light();
        boolean svg = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        byte[] bytes = svg ? new SvgWriter(theme, 1).write(drawing).getBytes(StandardCharsets.UTF_8)
                : new PngWriter(theme, PNG_SCALE).write(drawing);
        Path dir = path.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".export-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Whether the app shows the dark theme (its root carries {@code :dark}). */
    static boolean isDark(Node node) {
        return node.getScene() != null && node.getScene().getRoot() != null && node.getScene().getRoot()
                .getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("dark"));
    }
}
