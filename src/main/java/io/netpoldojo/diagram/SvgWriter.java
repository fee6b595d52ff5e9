package io.netpoldojo.diagram;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link Drawing} as SVG that can be checked and restyled: each card is a
 * {@code <g class="endpoint" data-id="...">} whose first {@code <rect>} is its box, each zone a
 * {@code <g class="zone" data-namespace="...">}, each arrow a {@code <path class="arrow allowed">}
 * (or {@code denied}, {@code partly}) with {@code data-from}, {@code data-to}, {@code data-tier}
 * ({@code admin} or {@code baseline}) when a ClusterNetworkPolicy tier decided it, and its line in
 * absolute {@code M} and {@code C} commands, all in pixels of the picture. Colours come from a
 * {@code <style>} block of the theme's named colours.
 *
 * <p>{@link #asking(Question)} draws a question's diagram without its answer (what the class votes
 * on): the arrow asked about is a {@code <path class="arrow asked">}, a dotted line in the question's
 * colour with a "?", and every arrow whose outcome would give the answer away a
 * {@code <path class="arrow unrevealed">}, a grey dotted line, as the stage shows them. Neither
 * carries its verdict in any form: no colour, class, marker, port list, or place in the paint order.
 */
public final class SvgWriter {
    private final Theme theme;
    /** Picture pixels per drawing pixel. */
    private final double scale;
    private final Optional<Question> question;
    private final Marks marks;

    /** An arrow's two ends, by endpoint id. */
    public record Ends(String from, String to) {}

    /**
     * A question waiting for its answer: the arrow it asks about and the other arrows whose outcome
     * would give the answer away (the caller chooses them, as the stage does).
     */
    public record Question(Ends asked, Set<Ends> spoilers) {
        public Question {
            spoilers = Set.copyOf(spoilers);
        }

        /** Whether the arrow from {@code from} to {@code to} is drawn without its verdict. */
        boolean keepsSecret(String from, String to) {
            Ends e = new Ends(from, to);
            return e.equals(asked) || spoilers.contains(e);
        }
    }

    /**
     * What a teacher points at, as the stage marks it (Present's handout): cards and arrows drawn
     * with a {@code highlight} class in the highlight colour, and the arrows a step changed with a
     * {@code changed} class and a halo under them. An arrow drawn without its verdict takes no mark.
     */
    public record Marks(Set<String> endpoints, Set<Ends> arrows, Set<Ends> changed) {
        public static final Marks NONE = new Marks(Set.of(), Set.of(), Set.of());

        public Marks {
            endpoints = Set.copyOf(endpoints);
            arrows = Set.copyOf(arrows);
            changed = Set.copyOf(changed);
        }
    }

    public SvgWriter(Theme theme, double scale) {
        this(theme, scale, Optional.empty(), Marks.NONE);
    }

    private SvgWriter(Theme theme, double scale, Optional<Question> question, Marks marks) {
        this.theme = theme;
        this.scale = scale;
        this.question = question;
        this.marks = marks;
    }

    /** The same writer, drawing {@code q}'s diagram without its answer (see the class comment). */
    public SvgWriter asking(Question q) {
        return new SvgWriter(theme, scale, Optional.of(q), marks);
    }

    /** The same writer, drawing these marks (see {@link Marks}). */
    public SvgWriter marking(Marks m) {
        return new SvgWriter(theme, scale, question, m);
    }

    public String write(Drawing d) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\""
                + " viewBox=\"0 0 %s %s\" data-theme=\"%s\">\n", n(d.width()), n(d.height()), n(d.width()),
                n(d.height()), theme.name()));
        style(out);
        defs(out);
        out.append(String.format(Locale.ROOT, "<rect class=\"background\" x=\"0\" y=\"0\" width=\"%s\" height=\"%s\"/>\n",
                n(d.width()), n(d.height())));
        for (Drawing.Zone z : d.zones()) {
            zone(out, z);
        }
        // Denied lines under partly allowed ones, and those under allowed ones, as on the canvas.
        d.arrows().stream().filter(a -> !secret(a)).sorted(Comparator.comparingInt(a -> order(a.state())))
                .forEach(a -> arrow(out, a));
        // The secret ones over those, in the drawing's order (which no verdict decides), the asked one on top.
        List<Drawing.Arrow> secret = d.arrows().stream().filter(this::secret).toList();
        secret.stream().filter(a -> !asked(a.from(), a.to())).forEach(a -> secretArrow(out, a, false));
        secret.stream().filter(a -> asked(a.from(), a.to())).forEach(a -> secretArrow(out, a, true));
        for (Drawing.Card c : d.cards()) {
            card(out, c);
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static int order(Drawing.State s) {
        return switch (s) {
            case DENIED -> 0;
            case PARTLY -> 1;
            case ALLOWED -> 2;
        };
    }

    private void style(StringBuilder out) {
        out.append("<style>\n");
        out.append(".background { fill: ").append(c("canvas-bg")).append("; }\n");
        out.append(".zone-box { fill: ").append(c("zone-fill")).append("; fill-opacity: ").append(a("zone-fill"))
                .append("; stroke: ").append(c("zone-border")).append("; stroke-width: ").append(n(1.5))
                .append("; stroke-dasharray: ").append(n(8)).append(' ').append(n(5)).append("; }\n");
        out.append(".zone-title { fill: ").append(c("text")).append("; font: bold ").append(n(Sizes.ZONE_TITLE_FONT))
                .append("px sans-serif; }\n");
        out.append(".zone-labels { fill: ").append(c("text-muted")).append("; font: ").append(n(Sizes.ZONE_LABEL_FONT))
                .append("px sans-serif; }\n");
        out.append(".card { fill: ").append(c("pod-fill")).append("; stroke: ").append(c("pod-border"))
                .append("; stroke-width: ").append(n(1.5)).append("; }\n");
        out.append(".outside .card { stroke-dasharray: ").append(n(6)).append(' ').append(n(4)).append("; }\n");
        out.append(".icon-box { fill: ").append(c("accent-subtle")).append("; fill-opacity: ").append(a("accent-subtle"))
                .append("; }\n");
        out.append(".icon { fill: none; stroke: ").append(c("accent")).append("; stroke-width: ").append(n(1.7))
                .append("; stroke-linejoin: round; }\n");
        out.append(".name { fill: ").append(c("text")).append("; font: bold ").append(n(Sizes.NAME_FONT))
                .append("px sans-serif; }\n");
        out.append(".detail { fill: ").append(c("text-muted")).append("; font: ").append(n(Sizes.DETAIL_FONT))
                .append("px sans-serif; }\n");
        out.append(".arrow { fill: none; }\n");
        out.append(".arrow.allowed { stroke: ").append(c("allowed")).append("; stroke-width: ").append(n(2.5)).append("; }\n");
        out.append(".arrow.partly { stroke: ").append(c("isolated")).append("; stroke-width: ").append(n(2.5)).append("; }\n");
        out.append(".arrow.denied { stroke: ").append(c("denied")).append("; stroke-width: ").append(n(1.6))
                .append("; stroke-dasharray: ").append(n(7)).append(' ').append(n(6)).append("; opacity: 0.5; }\n");
        out.append(".head-allowed { fill: ").append(c("allowed")).append("; }\n");
        out.append(".head-partly { fill: ").append(c("isolated")).append("; }\n");
        out.append(".head-denied { fill: ").append(c("denied")).append("; }\n");
        out.append(".arrow-marker { font: bold ").append(n(14.7)).append("px sans-serif; }\n");
        out.append(".arrow-marker.denied { fill: ").append(c("denied")).append("; opacity: 0.5; }\n");
        out.append(".arrow-marker.partly { fill: ").append(c("isolated")).append("; }\n");
        if (!marks.equals(Marks.NONE)) {
            out.append(".endpoint.highlight .card { stroke: ").append(c("present-highlight")).append("; stroke-width: ")
                    .append(n(4)).append("; }\n");
            out.append(".arrow.highlight { stroke-width: ").append(n(5)).append("; opacity: 1; }\n");
            out.append(".arrow-halo { fill: none; stroke: ").append(c("present-highlight")).append("; stroke-width: ")
                    .append(n(11)).append("; stroke-opacity: 0.3; stroke-linecap: round; }\n");
        }
        if (question.isPresent()) {
            out.append(".arrow.asked { stroke: ").append(c("present-question")).append("; stroke-width: ").append(n(5))
                    .append("; stroke-dasharray: ").append(n(0.1)).append(' ').append(n(10))
                    .append("; stroke-linecap: round; }\n");
            out.append(".arrow.unrevealed { stroke: ").append(c("present-muted")).append("; stroke-width: ").append(n(3))
                    .append("; stroke-dasharray: ").append(n(0.1)).append(' ').append(n(8))
                    .append("; stroke-linecap: round; }\n");
            out.append(".head-asked, .asked-mark circle { fill: ").append(c("present-question")).append("; }\n");
            out.append(".head-unrevealed { fill: ").append(c("present-muted")).append("; }\n");
            out.append(".asked-mark text { fill: ").append(c("pod-fill")).append("; font: bold ").append(n(17))
                    .append("px sans-serif; text-anchor: middle; }\n");
            out.append(".endpoint.asked-end .card { stroke: ").append(c("present-question")).append("; stroke-width: ")
                    .append(n(3)).append("; }\n");
        }
        out.append("</style>\n");
    }

    private void defs(StringBuilder out) {
        out.append("<defs>\n");
        for (Drawing.State s : Drawing.State.values()) {
            double size = 11 * scale;
            out.append(String.format(Locale.ROOT, "<marker id=\"head-%s\" class=\"head-%s\" markerUnits=\"userSpaceOnUse\""
                    + " viewBox=\"0 0 11 11\" refX=\"11\" refY=\"5.5\" markerWidth=\"%s\" markerHeight=\"%s\""
                    + " orient=\"auto\"%s><path d=\"M0 0 L11 5.5 L0 11 Z\"/></marker>\n", s.cssClass(), s.cssClass(),
                    n(size), n(size), s == Drawing.State.DENIED ? " opacity=\"0.5\"" : ""));
        }
        if (question.isPresent()) {
            for (String kind : List.of("asked", "unrevealed")) {
                double size = 11 * scale;
                out.append(String.format(Locale.ROOT, "<marker id=\"head-%s\" class=\"head-%s\" markerUnits=\"userSpaceOnUse\""
                        + " viewBox=\"0 0 11 11\" refX=\"11\" refY=\"5.5\" markerWidth=\"%s\" markerHeight=\"%s\""
                        + " orient=\"auto\"><path d=\"M0 0 L11 5.5 L0 11 Z\"/></marker>\n", kind, kind, n(size * 1.3),
                        n(size * 1.3)));
            }
        }
        out.append("</defs>\n");
    }

    private void zone(StringBuilder out, Drawing.Zone z) {
        Box b = z.box();
        Box l = z.labelBox();
        out.append(String.format(Locale.ROOT, "<g class=\"zone\" data-namespace=\"%s\" data-label-box=\"%s %s %s %s\">",
                esc(z.namespace()), n(l.x()), n(l.y()), n(l.width()), n(l.height())));
        out.append(String.format(Locale.ROOT, "<rect class=\"zone-box\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\""
                + " rx=\"%s\"/>", n(b.x()), n(b.y()), n(b.width()), n(b.height()), n(14)));
        double baseline = l.y() + 15;
        out.append(String.format(Locale.ROOT, "<text class=\"zone-title\" x=\"%s\" y=\"%s\">%s</text>", n(l.x()),
                n(baseline), esc(z.title())));
        if (!z.labels().isEmpty()) {
            double x = l.x() + z.title().length() * Sizes.TITLE_CHAR * 0.9 + Sizes.LABEL_GAP;
            out.append(String.format(Locale.ROOT, "<text class=\"zone-labels\" x=\"%s\" y=\"%s\">%s</text>", n(x),
                    n(baseline), esc(z.labels())));
        }
        out.append("</g>\n");
    }

    private void arrow(StringBuilder out, Drawing.Arrow a) {
        Curve c = a.curve();
        Curve p = new Curve(c.sx() * scale, c.sy() * scale, c.c1x() * scale, c.c1y() * scale, c.c2x() * scale,
                c.c2y() * scale, c.ex() * scale, c.ey() * scale);
        String state = a.state().cssClass();
        Ends ends = new Ends(a.from(), a.to());
        boolean changed = marks.changed().contains(ends);
        if (changed) {
            out.append(String.format(Locale.ROOT, "<path class=\"arrow-halo\" d=\"%s\"/>\n", p.svgPath()));
        }
        String marked = (marks.arrows().contains(ends) ? " highlight" : "") + (changed ? " changed" : "");
        out.append(String.format(Locale.ROOT, "<path class=\"arrow %s\" data-from=\"%s\" data-to=\"%s\"%s%s%s d=\"%s\""
                + " marker-end=\"url(#head-%s)\"/>\n", state + marked, esc(a.from()), esc(a.to()),
                a.allowedPorts().isEmpty() ? "" : " data-allowed=\"" + esc(a.allowedPorts()) + "\"",
                a.deniedPorts().isEmpty() ? "" : " data-denied=\"" + esc(a.deniedPorts()) + "\"",
                // The ClusterNetworkPolicy tier that decided it, as the canvas's badge says (tiers lane's hook).
                a.tier().map(t -> " data-tier=\"" + t.apiName().toLowerCase(Locale.ROOT) + "\"").orElse(""),
                p.svgPath(), state));
        if (a.state() != Drawing.State.ALLOWED) {
            out.append(String.format(Locale.ROOT, "<text class=\"arrow-marker %s\" x=\"%s\" y=\"%s\">%s</text>\n", state,
                    n(c.midX() - 5), n(c.midY() + 5), a.state() == Drawing.State.DENIED ? "\u2715" : "\u00bd"));
        }
    }

    /** An arrow drawn the same whatever its verdict: the one asked about, or another that would tell. */
    private void secretArrow(StringBuilder out, Drawing.Arrow a, boolean asked) {
        Curve c = a.curve();
        Curve p = new Curve(c.sx() * scale, c.sy() * scale, c.c1x() * scale, c.c1y() * scale, c.c2x() * scale,
                c.c2y() * scale, c.ex() * scale, c.ey() * scale);
        String kind = asked ? "asked" : "unrevealed";
        out.append(String.format(Locale.ROOT, "<path class=\"arrow %s\" data-from=\"%s\" data-to=\"%s\" d=\"%s\""
                + " marker-end=\"url(#head-%s)\"/>\n", kind, esc(a.from()), esc(a.to()), p.svgPath(), kind));
        if (asked) {
            out.append(String.format(Locale.ROOT, "<g class=\"asked-mark\"><circle cx=\"%s\" cy=\"%s\" r=\"%s\"/>"
                    + "<text x=\"%s\" y=\"%s\">?</text></g>\n", n(c.midX()), n(c.midY()), n(12), n(c.midX()),
                    n(c.midY() + 6)));
        }
    }

    private boolean secret(Drawing.Arrow a) {
        return question.map(q -> q.keepsSecret(a.from(), a.to())).orElse(false);
    }

    private boolean asked(String from, String to) {
        return question.map(q -> q.asked().equals(new Ends(from, to))).orElse(false);
    }

    private boolean askedEnd(String id) {
        return question.map(q -> q.asked().from().equals(id) || q.asked().to().equals(id)).orElse(false);
    }

    private void card(StringBuilder out, Drawing.Card c) {
        Box b = c.box();
        out.append(String.format(Locale.ROOT, "<g class=\"endpoint %s%s%s\" data-id=\"%s\">", c.outside() ? "outside" : "pod",
                askedEnd(c.id()) ? " asked-end" : "", marks.endpoints().contains(c.id()) ? " highlight" : "", esc(c.id())));
        out.append(String.format(Locale.ROOT, "<rect class=\"card\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\""
                + " rx=\"%s\"/>", n(b.x()), n(b.y()), n(b.width()), n(b.height()), n(c.outside() ? 30 : 12)));
        double iconX = b.x() + 10;
        double iconY = b.centreY() - 15;
        out.append(String.format(Locale.ROOT, "<rect class=\"icon-box\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\""
                + " rx=\"%s\"/>", n(iconX), n(iconY), n(30), n(30), n(8)));
        out.append(String.format(Locale.ROOT, "<path class=\"icon\" transform=\"translate(%s %s) scale(%s)\" d=\"%s\"/>",
                n(iconX + 3), n(iconY + 3), n(scale), c.outside() ? CardText.CLOUD : CardText.BOX));
        double textX = b.x() + 48;
        double width = b.maxX() - 6 - textX;
        out.append(String.format(Locale.ROOT, "<text class=\"name\" x=\"%s\" y=\"%s\">%s</text>", n(textX),
                n(b.y() + 23), esc(CardText.fit(c.name(), width, Sizes.NAME_FONT, true))));
        out.append(String.format(Locale.ROOT, "<text class=\"detail\" x=\"%s\" y=\"%s\">%s</text>", n(textX),
                n(b.y() + 38.5), esc(CardText.fit(c.detail(), width, Sizes.DETAIL_FONT, false))));
        out.append(String.format(Locale.ROOT, "<text class=\"detail\" x=\"%s\" y=\"%s\">%s</text>", n(textX),
                n(b.y() + 53), esc(CardText.fit(c.ports(), width, Sizes.DETAIL_FONT, false))));
        out.append("</g>\n");
    }

    private String c(String name) {
        return theme.colour(name).hex();
    }

    private String a(String name) {
        return Curve.num(theme.colour(name).alpha());
    }

    /** A length of the drawing in picture pixels. */
    private String n(double v) {
        return Curve.num(v * scale);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
