package io.netpoldojo.ui.classroom;

import io.netpoldojo.classroom.QrCode;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A QR code drawn crisp at any size: whole pixels per module and the standard's quiet zone of four
 * modules. Black on white in every theme: phone cameras read QR codes best that way, and the
 * standard assumes it.
 */
final class QrView extends Region {
    private static final int QUIET = 4;
    private final Canvas canvas = new Canvas();
    private Optional<QrCode> code = Optional.empty();

    QrView(ObservableValue<Optional<QrCode>> source) {
        getStyleClass().add("classroom-qr");
        getChildren().add(canvas);
        source.addListener((o, was, now) -> {
            code = now;
            requestLayout();
            draw();
        });
        code = source.getValue();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 260;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate(Math.floor((getWidth() - side) / 2), Math.floor((getHeight() - side) / 2));
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double side = canvas.getWidth();
        g.clearRect(0, 0, side, canvas.getHeight());
        if (code.isEmpty() || side <= 0) {
            return;
        }
        QrCode qr = code.get();
        int modules = qr.size() + 2 * QUIET;
        double unit = Math.max(1, Math.floor(side / modules));
        double offset = Math.floor((side - unit * modules) / 2);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setFill(Color.BLACK);
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.isDark(x, y)) {
                    g.fillRect(offset + (x + QUIET) * unit, offset + (y + QUIET) * unit, unit, unit);
                }
            }
        }
    }
}
