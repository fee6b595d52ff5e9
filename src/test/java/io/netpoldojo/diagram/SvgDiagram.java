package io.netpoldojo.diagram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A rendered SVG read back as a person or a script would read it: the cards by their
 * {@code data-id} and first {@code <rect>}, the zones with their label boxes, and the arrows as
 * points along their paths. Only what the SVG says is used, never the layout's own objects.
 */
final class SvgDiagram {
    record Arrow(String from, String to, String state, List<double[]> points) {}

    record Zone(String namespace, Box box, Box label) {}

    final Map<String, Box> cards = new TreeMap<>();
    final Map<String, Boolean> outside = new TreeMap<>();
    final List<Zone> zones = new ArrayList<>();
    final List<Arrow> arrows = new ArrayList<>();
    final double width;
    final double height;

    private static final Pattern COMMAND = Pattern.compile("([MLQCZ])([^MLQCZ]*)");

    SvgDiagram(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        width = Double.parseDouble(root.getAttribute("width"));
        height = Double.parseDouble(root.getAttribute("height"));
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            List<String> classes = List.of(g.getAttribute("class").split("\\s+"));
            if (classes.contains("endpoint")) {
                Element rect = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
                cards.put(g.getAttribute("data-id"), box(rect));
                outside.put(g.getAttribute("data-id"), classes.contains("outside"));
            } else if (classes.contains("zone")) {
                Element rect = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
                String[] l = g.getAttribute("data-label-box").trim().split("\\s+");
                zones.add(new Zone(g.getAttribute("data-namespace"), box(rect), new Box(Double.parseDouble(l[0]),
                        Double.parseDouble(l[1]), Double.parseDouble(l[2]), Double.parseDouble(l[3]))));
            }
        }
        NodeList paths = doc.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            List<String> classes = List.of(p.getAttribute("class").split("\\s+"));
            if (classes.contains("arrow")) {
                String state = classes.stream().filter(c -> !c.equals("arrow")).findFirst().orElse("");
                arrows.add(new Arrow(p.getAttribute("data-from"), p.getAttribute("data-to"), state,
                        points(p.getAttribute("d"))));
            }
        }
    }

    private static Box box(Element rect) {
        return new Box(Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height")));
    }

    /** Points every pixel or so along a path of absolute M, L, Q and C commands. */
    static List<double[]> points(String d) {
        List<double[]> out = new ArrayList<>();
        Matcher m = COMMAND.matcher(d.trim());
        double x = 0;
        double y = 0;
        while (m.find()) {
            String[] parts = m.group(2).trim().isEmpty() ? new String[0] : m.group(2).trim().split("[\\s,]+");
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i]);
            }
            switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "M" -> {
                    x = v[0];
                    y = v[1];
                    out.add(new double[] {x, y});
                }
                case "L" -> {
                    for (int k = 1; k <= 64; k++) {
                        double t = k / 64.0;
                        out.add(new double[] {x + (v[0] - x) * t, y + (v[1] - y) * t});
                    }
                    x = v[0];
                    y = v[1];
                }
                case "Q" -> {
                    for (int k = 1; k <= 200; k++) {
                        double t = k / 200.0;
                        double u = 1 - t;
                        out.add(new double[] {u * u * x + 2 * u * t * v[0] + t * t * v[2],
                            u * u * y + 2 * u * t * v[1] + t * t * v[3]});
                    }
                    x = v[2];
                    y = v[3];
                }
                case "C" -> {
                    for (int k = 1; k <= 300; k++) {
                        double t = k / 300.0;
                        out.add(new double[] {Curve.at(t, x, v[0], v[2], v[4]), Curve.at(t, y, v[1], v[3], v[5])});
                    }
                    x = v[4];
                    y = v[5];
                }
                default -> { }
            }
        }
        return out;
    }
}
