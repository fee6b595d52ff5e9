package io.netpoldojo.cli;

import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.RuleRef;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.engine.tiers.TierDecision;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code evaluate} prints. Whole matrices are written as they are walked, cell by cell and
 * row by row, so memory stays bounded however many connections there are (building every verdict
 * first ran 3,000 pods out of memory).
 */
final class EvaluateOutput {
    private final PrintStream out;
    private final PortChoice ports;

    EvaluateOutput(PrintStream out, PortChoice ports) {
        this.out = out;
        this.ports = ports;
    }

    /** One JSON object per meaningful connection, each verdict built, written and dropped in turn. */
    void json(Engine engine, ReachabilityMatrix matrix) {
        List<Endpoint> endpoints = matrix.endpoints();
        out.print("{\"results\":[");
        boolean first = true;
        for (Port port : matrix.ports()) {
            for (Endpoint from : endpoints) {
                for (Endpoint to : endpoints) {
                    if (ReachabilityMatrix.isMeaningfulPair(from, to)) {
                        out.print(first ? "\n" : ",\n");
                        first = false;
                        out.print(verdictJson(engine.evaluate(from, to, port), false));
                    }
                }
            }
        }
        out.println(first ? "]}" : "\n]}");
    }

    /** The verdicts of one connection, with each side's detail. */
    void json(List<Verdict> verdicts) {
        out.print("{\"results\":[");
        for (int i = 0; i < verdicts.size(); i++) {
            out.print(i == 0 ? "\n" : ",\n");
            out.print(verdictJson(verdicts.get(i), true));
        }
        out.println(verdicts.isEmpty() ? "]}" : "\n]}");
    }

    private String verdictJson(Verdict v, boolean detailed) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"from\":").append(Json.string(v.from().id()))
                .append(",\"to\":").append(Json.string(v.to().id()))
                .append(",\"port\":").append(Json.string(ports.name(v.port())))
                .append(",\"allowed\":").append(v.allowed())
                .append(",\"reason\":").append(Json.string(ports.sentence(v.reason(), v.port())));
        if (detailed) {
            sb.append(",\"egress\":").append(sideJson(v.egress()))
                    .append(",\"ingress\":").append(sideJson(v.ingress()));
        }
        return sb.append('}').toString();
    }

    /**
     * One side: the NetworkPolicies' status, who decided ({@code decidedBy}: admin_tier,
     * network_policies, baseline_tier, default_allow or outside_cluster) and, when a
     * ClusterNetworkPolicy rule decided or passed, that rule ({@code tierRules}).
     */
    private static String sideJson(DirectionVerdict d) {
        StringBuilder sb = new StringBuilder("{\"status\":")
                .append(Json.string(d.status().name().toLowerCase(Locale.ROOT)))
                .append(",\"allowed\":").append(d.allowed())
                .append(",\"decidedBy\":").append(Json.string(d.decider().name().toLowerCase(Locale.ROOT)))
                .append(",\"isolatedBy\":").append(d.isolatingPolicies().stream().map(Json::string)
                        .collect(Collectors.joining(",", "[", "]")))
                .append(",\"allowedBy\":").append(d.allowingRules().stream().map(RuleRef::toString).map(Json::string)
                        .collect(Collectors.joining(",", "[", "]")));
        List<TierDecision> rules = new ArrayList<>();
        d.tiers().admin().decision().ifPresent(rules::add);
        d.tiers().baseline().decision().ifPresent(rules::add);
        if (!rules.isEmpty()) {
            sb.append(",\"tierRules\":").append(rules.stream().map(EvaluateOutput::tierRuleJson)
                    .collect(Collectors.joining(",", "[", "]")));
        }
        return sb.append('}').toString();
    }

    private static String tierRuleJson(TierDecision t) {
        return "{\"tier\":" + Json.string(t.tier().apiName()) + ",\"policy\":" + Json.string(t.policy().name())
                + ",\"priority\":" + t.policy().priority() + ",\"rule\":" + Json.string(t.fieldPath())
                + ",\"name\":" + Json.string(t.ruleName()) + ",\"action\":" + Json.string(t.action().apiName())
                + "}";
    }

    void explanations(List<Verdict> verdicts) {
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            if (i > 0) {
                out.println();
            }
            out.println(v.from().id() + " -> " + v.to().id() + " on " + ports.spoken(v.port()) + ": "
                    + (v.allowed() ? "ALLOWED" : "DENIED"));
            for (String sentence : v.sentences()) {
                out.println("  " + ports.sentence(sentence, v.port()));
            }
        }
    }

    /**
     * One truth table per port, as {@link ReachabilityMatrix#table} lays it out (rows: from,
     * columns: to; {@code .} allowed, {@code X} denied), written a row at a time.
     */
    void tables(ReachabilityMatrix matrix) {
        List<Endpoint> endpoints = matrix.endpoints();
        int width = Math.max(endpoints.stream().mapToInt(e -> e.id().length()).max().orElse(4), "from \\ to".length());
        StringBuilder row = new StringBuilder();
        for (int k = 0; k < matrix.ports().size(); k++) {
            Port port = matrix.ports().get(k);
            if (k > 0) {
                out.println();
            }
            out.println(ports.anyPort() ? ports.spoken(port) + " (" + PortChoice.ANY_NOTE + ")" : "port " + port);
            row.setLength(0);
            pad(row, "from \\ to", width);
            for (int t = 0; t < endpoints.size(); t++) {
                row.append(' ');
                pad(row, Integer.toString(t + 1), 2);
            }
            out.println(row);
            for (int f = 0; f < endpoints.size(); f++) {
                row.setLength(0);
                pad(row, endpoints.get(f).id(), width);
                for (int t = 0; t < endpoints.size(); t++) {
                    char c = !ReachabilityMatrix.isMeaningfulPair(endpoints.get(f), endpoints.get(t)) ? '-'
                            : matrix.allowed(f, t, k) ? '.' : 'X';
                    row.append(' ').append(c).append(' ');
                }
                out.println(row);
            }
            for (int t = 0; t < endpoints.size(); t++) {
                row.setLength(0);
                pad(row, Integer.toString(t + 1), 3);
                out.println(row.append(' ').append(endpoints.get(t).id()));
            }
        }
    }

    private static void pad(StringBuilder sb, String s, int width) {
        sb.append(s);
        for (int i = s.length(); i < width; i++) {
            sb.append(' ');
        }
    }

    /** Counts per port; the time reported covers compiling, the matrix and the counting. */
    void summary(Cluster cluster, ReachabilityMatrix matrix, long loadNanos, long evalStart) {
        long externals = cluster.endpoints().stream().filter(e -> e instanceof External).count();
        long pairs = matrix.pairCount();
        long[] allowed = new long[matrix.ports().size()];
        for (int k = 0; k < allowed.length; k++) {
            allowed[k] = matrix.allowedCount(matrix.ports().get(k));
        }
        long evalNanos = System.nanoTime() - evalStart;
        int tiers = cluster.clusterPolicies().size();
        out.printf("endpoints: %d (%d pods and workloads, %d outside), namespaces: %d, policies: %d%s, ports: %s%n",
                cluster.endpoints().size(), cluster.endpoints().size() - externals, externals,
                cluster.namespaces().size(), cluster.policies().size(),
                tiers == 0 ? "" : ", cluster policies: " + tiers,
                ports.anyPort() ? "any" : Integer.toString(matrix.ports().size()));
        int width = matrix.ports().stream().mapToInt(p -> ports.name(p).length()).max().orElse(6);
        for (int k = 0; k < allowed.length; k++) {
            out.printf("%-" + width + "s  allowed %,d  denied %,d%n", ports.name(matrix.ports().get(k)), allowed[k],
                    pairs - allowed[k]);
        }
        out.printf("evaluated %,d connections in %d ms (loading the files took %d ms)%n",
                pairs * matrix.ports().size(), evalNanos / 1_000_000, loadNanos / 1_000_000);
    }
}
