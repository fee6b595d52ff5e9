package io.netpoldojo.classroom;

import java.util.Objects;

/**
 * A diagram the devices show, as an SVG document in the light and in the dark theme: each device
 * asks for the one its own colour scheme wants. Served as an image, where an SVG runs no script.
 */
public record PollDiagram(String light, String dark) {
    /** Large enough for a stage's diagram of a hundred cards; a larger document is refused. */
    public static final int MAX_CHARS = 2_000_000;

    public PollDiagram {
        Objects.requireNonNull(light);
        Objects.requireNonNull(dark);
        if (light.length() > MAX_CHARS || dark.length() > MAX_CHARS) {
            throw new IllegalArgumentException("a diagram of more than " + MAX_CHARS + " characters");
        }
    }

    /** The document for a device whose page asked for {@code theme} ({@code dark}, else light). */
    public String in(String theme) {
        return "dark".equals(theme) ? dark : light;
    }
}
