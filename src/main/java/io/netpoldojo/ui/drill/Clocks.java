package io.netpoldojo.ui.drill;

import java.time.Duration;

/** Times as a drill shows them: {@code 1:05}. */
public final class Clocks {
    private Clocks() {}

    public static String format(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}
