package io.netpoldojo.ui.present;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How large the stage is drawn, for {@link Presentation}: the whole stage's type and canvas (A+ /
 * A-), and the code beside the canvas on its own, each kept within
 * {@link Presentation#MIN_SCALE}..{@link Presentation#MAX_SCALE} (the code
 * {@link Presentation#MIN_CODE_SCALE}..{@link Presentation#MAX_CODE_SCALE}) in steps of a tenth.
 */
final class StageScale {
    private static final double STEP = 0.1;

    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty codeScale = new SimpleDoubleProperty(this, "codeScale", 1);

    DoubleProperty scale() {
        return scale;
    }

    DoubleProperty codeScale() {
        return codeScale;
    }

    void larger() {
        setScale(scale.get() + STEP);
    }

    void smaller() {
        setScale(scale.get() - STEP);
    }

    void actualSize() {
        setScale(1);
    }

    void codeLarger() {
        codeScale.set(clamp(codeScale.get() + STEP, Presentation.MIN_CODE_SCALE, Presentation.MAX_CODE_SCALE));
    }

    void codeSmaller() {
        codeScale.set(clamp(codeScale.get() - STEP, Presentation.MIN_CODE_SCALE, Presentation.MAX_CODE_SCALE));
    }

    private void setScale(double value) {
        scale.set(clamp(value, Presentation.MIN_SCALE, Presentation.MAX_SCALE));
    }

    /** Rounded to a tenth, so repeated steps land on round sizes. */
    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, Math.round(value * 10) / 10.0));
    }
}
