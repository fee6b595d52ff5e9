package io.netpoldojo.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named colours of a theme ({@code -dojo-allowed}, {@code -dojo-canvas-bg}, ...), read from the
 * app's own theme stylesheet, so a picture drawn without a screen has the app's colours.
 */
public final class Theme {
    /** One colour: red, green and blue from 0 to 255, and an opacity from 0 to 1. */
    public record Colour(int red, int green, int blue, double alpha) {
        /** {@code #rrggbb}, the colour without its opacity. */
        public String hex() {
            return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        }

        public int argb() {
            return ((int) Math.round(alpha * 255) << 24) | (red << 16) | (green << 8) | blue;
        }
    }

    private static final Pattern NAMED = Pattern.compile("(-dojo-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGBA = Pattern.compile(
            "rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)");

    private final String name;
    private final Map<String, Colour> colours;

    private Theme(String name, Map<String, Colour> colours) {
        this.name = name;
        this.colours = Map.copyOf(colours);
    }

    public static Theme light() {
        return load("light");
    }

    public static Theme dark() {
        return load("dark");
    }

    /** "light" or "dark". */
    public static Theme load(String name) {
        String path = "/io/netpoldojo/ui/theme-" + name + ".css";
        try (InputStream in = Theme.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no theme " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Theme parse(String name, String css) {
        Map<String, Colour> out = new HashMap<>();
        Matcher m = NAMED.matcher(css);
        while (m.find()) {
            parseColour(m.group(2).trim()).ifPresent(c -> out.putIfAbsent(m.group(1), c));
        }
        return new Theme(name, out);
    }

    private static java.util.Optional<Colour> parseColour(String text) {
        if (text.matches("#[0-9a-fA-F]{6}")) {
            int v = Integer.parseInt(text.substring(1), 16);
            return java.util.Optional.of(new Colour((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, 1));
        }
        Matcher m = RGBA.matcher(text);
        if (m.matches()) {
            return java.util.Optional.of(new Colour(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 1 : Double.parseDouble(m.group(4))));
        }
        return java.util.Optional.empty();
    }

    public String name() {
        return name;
    }

    /** A named colour, e.g. {@code colour("allowed")} for {@code -dojo-allowed}. */
    public Colour colour(String shortName) {
        Colour c = colours.get("-dojo-" + shortName);
        if (c == null) {
            throw new IllegalArgumentException("theme " + name + " has no colour -dojo-" + shortName);
        }
        return c;
    }
}
