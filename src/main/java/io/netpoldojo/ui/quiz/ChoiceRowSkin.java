package io.netpoldojo.ui.quiz;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.ToggleButtonSkin;

/**
 * A choice row's skin: the toggle's own behaviour (click, armed, selected), but its graphic (the
 * key, the mark and the choice's rich text) gets the row's whole width and the height it needs
 * at that width. A plain Labeled lays a graphic out at its unwrapped width, so a long choice
 * would run off the row instead of wrapping.
 */
final class ChoiceRowSkin extends ToggleButtonSkin {
    ChoiceRowSkin(ToggleButton row) {
        super(row);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        Node graphic = getSkinnable().getGraphic();
        if (graphic == null) {
            return super.computePrefHeight(width, top, right, bottom, left);
        }
        double inner = width < 0 ? -1 : Math.max(0, width - left - right);
        return top + graphic.prefHeight(inner) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Node graphic = getSkinnable().getGraphic();
        if (graphic == null) {
            super.layoutChildren(x, y, w, h);
            return;
        }
        graphic.resizeRelocate(x, y, w, h);
    }
}
