package io.netpoldojo.synthesis;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Pod;
import io.netpoldojo.engine.model.Port;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an intent file: one allowed connection per line, {@code FROM TO PORT[,PORT...]}, where an
 * endpoint is {@code namespace/name} (a pod or workload), {@code namespace/*} (every pod in the
 * namespace), {@code *} (every pod) or the name of an outside endpoint, and a port is {@code 8080},
 * {@code 8080/TCP} or {@code 53/UDP}. {@code #} starts a comment. Every problem is reported with
 * its line; nothing is guessed.
 */
public final class IntentParser {
    /** The intent read so far, the errors ({@code file:line: message}) and remarks that are not errors. */
    public record Parsed(Intent intent, List<String> errors, List<String> notes) {
        public Parsed {
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    private final Cluster cluster;

    public IntentParser(Cluster cluster) {
        this.cluster = cluster;
    }

    public Parsed parse(String text, String sourceName) {
        Set<Flow> flows = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = sourceName + ":" + (i + 1) + ": ";
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 3) {
                errors.add(where + "expected FROM TO PORT (e.g. \"default/frontend default/backend 8080/TCP\"),"
                        + " found " + fields.length + " field" + (fields.length == 1 ? "" : "s"));
                continue;
            }
            List<Endpoint> from = endpoints(fields[0], where, errors);
            List<Endpoint> to = endpoints(fields[1], where, errors);
            List<Port> ports = ports(fields[2], where, errors);
            if (from == null || to == null || ports == null) {
                continue;
            }
            boolean single = from.size() == 1 && to.size() == 1;
            for (Endpoint f : from) {
                for (Endpoint t : to) {
                    if (f.id().equals(t.id())) {
                        if (single) {
                            notes.add(where + f.id() + " to itself is always allowed (a pod cannot block"
                                    + " traffic to itself); no policy is needed");
                        }
                        continue;
                    }
                    if (f instanceof External && t instanceof External) {
                        notes.add(where + f.id() + " to " + t.id() + ": traffic between two outside endpoints"
                                + " never passes a NetworkPolicy, so the intent cannot say anything about it");
                        continue;
                    }
                    for (Port p : ports) {
                        flows.add(new Flow(f.id(), t.id(), p));
                    }
                }
            }
        }
        return new Parsed(new Intent(flows), errors, notes);
    }

    private List<Endpoint> endpoints(String field, String where, List<String> errors) {
        if (field.equals("*")) {
            return new ArrayList<>(cluster.pods());
        }
        if (field.endsWith("/*")) {
            String ns = field.substring(0, field.length() - 2);
            List<Endpoint> pods = new ArrayList<>();
            for (Pod p : cluster.pods()) {
                if (p.namespace().equals(ns)) {
                    pods.add(p);
                }
            }
            if (pods.isEmpty()) {
                errors.add(where + "namespace \"" + ns + "\" has no pods");
                return null;
            }
            return pods;
        }
        return cluster.endpoint(field).map(e -> (List<Endpoint>) new ArrayList<>(List.of(e))).orElseGet(() -> {
            errors.add(where + "unknown endpoint \"" + field + "\"" + (field.contains("/") ? ""
                    : " (pods are namespace/name; outside endpoints go by their name)"));
            return null;
        });
    }

    private static List<Port> ports(String field, String where, List<String> errors) {
        List<Port> ports = new ArrayList<>();
        for (String p : field.split(",", -1)) {
            var parsed = Port.parse(p);
            if (parsed.isEmpty()) {
                errors.add(where + "\"" + p + "\" is not a port (use 8080, 8080/TCP, 53/UDP or 9000/SCTP)");
                return null;
            }
            ports.add(parsed.get());
        }
        return ports;
    }
}
