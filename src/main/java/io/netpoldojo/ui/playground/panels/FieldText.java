package io.netpoldojo.ui.playground.panels;

import io.netpoldojo.engine.model.ContainerPort;
import io.netpoldojo.engine.model.Labels;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.ApiNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The short text forms the canvas dialogs use, parsed with the apiserver's rules so that a
 * canvas edit can never produce an object Kubernetes would reject: labels as {@code app=web,
 * tier=front}; ports as {@code http:80, dns:53/UDP, 9090}.
 */
final class FieldText {
    private FieldText() {}

    /** A parsed value, or the problems that kept it from parsing. */
    record Parsed<T>(T value, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    static String format(Labels labels) {
        return labels.toString().replace(",", ", ");
    }

    static Parsed<Labels> labels(String text) {
        TreeMap<String, String> map = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String item : items(text)) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                problems.add("\"" + item + "\": write key=value");
                continue;
            }
            String key = item.substring(0, eq).trim();
            String value = item.substring(eq + 1).trim();
            ApiNames.labelKey(key).forEach(p -> problems.add("key \"" + key + "\": " + p));
            ApiNames.labelValue(value).forEach(p -> problems.add("value \"" + value + "\": " + p));
            if (map.put(key, value) != null) {
                problems.add("key \"" + key + "\" is given twice");
            }
        }
        return new Parsed<>(new Labels(map), problems);
    }

    static String format(List<ContainerPort> ports) {
        List<String> parts = new ArrayList<>();
        for (ContainerPort p : ports) {
            parts.add((p.name().isEmpty() ? "" : p.name() + ":") + p.number()
                    + (p.protocol().name().equals("TCP") ? "" : "/" + p.protocol()));
        }
        return String.join(", ", parts);
    }

    static Parsed<List<ContainerPort>> ports(String text) {
        List<ContainerPort> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String item : items(text)) {
            int colon = item.indexOf(':');
            String name = colon < 0 ? "" : item.substring(0, colon).trim();
            String number = colon < 0 ? item : item.substring(colon + 1).trim();
            if (!name.isEmpty()) {
                ApiNames.portName(name).forEach(p -> problems.add("name \"" + name + "\": " + p));
                if (!names.add(name)) {
                    problems.add("name \"" + name + "\" is given twice");
                }
            }
            java.util.Optional<Port> port = Port.parse(number);
            if (port.isEmpty()) {
                problems.add("\"" + item + "\": write a port 1-65535, optionally name:port and /TCP, /UDP or /SCTP");
                continue;
            }
            out.add(new ContainerPort(name, port.get().number(), port.get().protocol()));
        }
        return new Parsed<>(List.copyOf(out), problems);
    }

    private static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,\\n]")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
