package io.netpoldojo.workspace;

/** A namespace zone on the canvas. */
public record Rect(double x, double y, double width, double height) {
    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= x + width && p.y() >= y && p.y() <= y + height;
    }

    public double area() {
        return width * height;
    }

    public Rect movedTo(double newX, double newY) {
        return new Rect(newX, newY, width, height);
    }

    public Rect resized(double newWidth, double newHeight) {
        return new Rect(x, y, newWidth, newHeight);
    }

    /** {@code x,y,width,height}, the form kept in a Namespace's layout annotation. */
    public String format() {
        return fmt(x) + "," + fmt(y) + "," + fmt(width) + "," + fmt(height);
    }

    public static java.util.Optional<Rect> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return java.util.Optional.empty();
        }
        try {
            double w = Double.parseDouble(parts[2].trim());
            double h = Double.parseDouble(parts[3].trim());
            if (w <= 0 || h <= 0) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Rect(Double.parseDouble(parts[0].trim()),
                    Double.parseDouble(parts[1].trim()), w, h));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
