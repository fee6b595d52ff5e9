package io.netpoldojo.cli;

import io.netpoldojo.engine.DirectionVerdict;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.RuleRef;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.tiers.TierDecision;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.LoadResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code evaluate}: the reachability of every pair, or of one connection with its explanation. */
final class EvaluateCommand {
    private final PrintStream out;
    private final PrintStream err;

    EvaluateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argList) throws UsageException {
        Args args = Args.parse(argList, Set.of("format", "port", "external", "from", "to"), Set.of());
        String format = args.one("format").orElse("json");
        if (!Set.of("json", "table", "summary").contains(format)) {
            throw new UsageException("--format must be json, table or summary, not \"" + format + "\"");
        }
        List<Port> requestedPorts = new ArrayList<>();
        for (String p : args.all("port")) {
            requestedPorts.add(Port.parse(p).orElseThrow(() -> new UsageException(
                    "--port " + p + ": expected PORT or PORT/PROTO with PORT 1-65535 and PROTO TCP, UDP or SCTP")));
        }
        Optional<String> fromId = args.one("from");
        Optional<String> toId = args.one("to");
        if (fromId.isPresent() != toId.isPresent()) {
            throw new UsageException("--from and --to go together");
        }

        long loadStart = System.nanoTime();
        LoadResult loaded = Inputs.load(args.positionals());
        if (Inputs.reportErrors(loaded, err)) {
            return Cli.INVALID;
        }
        Cluster cluster = Inputs.withExternals(loaded.cluster(), args.all("external"));
        long loadNanos = System.nanoTime() - loadStart;

        long evalStart = System.nanoTime();
        Engine engine = new Engine(cluster);
        List<Port> ports = requestedPorts.isEmpty() ? engine.relevantPorts() : List.copyOf(requestedPorts);
        if (ports.isEmpty()) {
            err.println("netpol-dojo evaluate: no ports to evaluate: no pod declares a container port and no policy"
                    + " names one; give --port PORT/PROTO");
            return Cli.INVALID;
        }
        if (fromId.isPresent()) {
            Endpoint from = endpoint(engine, fromId.get());
            Endpoint to = endpoint(engine, toId.get());
            List<Verdict> verdicts = ports.stream().map(p -> engine.evaluate(from, to, p)).toList();
            if (format.equals("json")) {
                printJson(verdicts, true);
            } else {
                printExplanations(verdicts);
            }
            return Cli.OK;
        }
        ReachabilityMatrix matrix = engine.matrix(ports);
        long evalNanos = System.nanoTime() - evalStart;
        switch (format) {
            case "table" -> {
                for (int i = 0; i < ports.size(); i++) {
                    if (i > 0) {
                        out.println();
                    }
                    out.print(matrix.table(ports.get(i)));
                }
            }
            case "summary" -> printSummary(cluster, matrix, loadNanos, evalNanos);
            default -> printJson(matrixVerdicts(engine, matrix), false);
        }
        return Cli.OK;
    }

    private static Endpoint endpoint(Engine engine, String id) throws UsageException {
        Optional<Endpoint> e = engine.endpoint(id);
        if (e.isEmpty()) {
            String known = engine.endpoints().stream().map(Endpoint::id).limit(12).collect(Collectors.joining(", "));
            throw new UsageException("no endpoint \"" + id + "\"; pods are namespace/name, outside addresses NAME"
                    + " (known: " + known + (engine.endpoints().size() > 12 ? ", ..." : "") + ")");
        }
        return e.get();
    }

    private static List<Verdict> matrixVerdicts(Engine engine, ReachabilityMatrix matrix) {
        return matrix.cells().stream().map(c -> engine.evaluate(c.from(), c.to(), c.port())).toList();
    }

    private void printJson(List<Verdict> verdicts, boolean detailed) {
        StringBuilder sb = new StringBuilder("{\"results\":[");
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("{\"from\":").append(Json.string(v.from().id()))
                    .append(",\"to\":").append(Json.string(v.to().id()))
                    .append(",\"port\":").append(Json.string(v.port().toString()))
                    .append(",\"allowed\":").append(v.allowed())
                    .append(",\"reason\":").append(Json.string(v.reason()));
            if (detailed) {
                sb.append(",\"egress\":").append(sideJson(v.egress()))
                        .append(",\"ingress\":").append(sideJson(v.ingress()));
            }
            sb.append('}');
        }
        sb.append(verdicts.isEmpty() ? "]}" : "\n]}");
        out.println(sb);
    }

    /**
     * One side: the NetworkPolicies' status, who decided ({@code decidedBy}: admin_tier,
     * network_policies, baseline_tier, default_allow or outside_cluster) and, when a
     * ClusterNetworkPolicy rule decided or passed, that rule ({@code tierRule}).
     */
    private static String sideJson(DirectionVerdict d) {
        StringBuilder sb = new StringBuilder("{\"status\":")
                .append(Json.string(d.status().name().toLowerCase(java.util.Locale.ROOT)))
                .append(",\"allowed\":").append(d.allowed())
                .append(",\"decidedBy\":").append(Json.string(d.decider().name().toLowerCase(java.util.Locale.ROOT)))
                .append(",\"isolatedBy\":").append(d.isolatingPolicies().stream().map(Json::string)
                        .collect(Collectors.joining(",", "[", "]")))
                .append(",\"allowedBy\":").append(d.allowingRules().stream().map(RuleRef::toString).map(Json::string)
                        .collect(Collectors.joining(",", "[", "]")));
        List<TierDecision> rules = new ArrayList<>();
        d.tiers().admin().decision().ifPresent(rules::add);
        d.tiers().baseline().decision().ifPresent(rules::add);
        if (!rules.isEmpty()) {
            sb.append(",\"tierRules\":").append(rules.stream().map(EvaluateCommand::tierRuleJson)
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

    private void printExplanations(List<Verdict> verdicts) {
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            if (i > 0) {
                out.println();
            }
            out.println(v.from().id() + " -> " + v.to().id() + " on " + v.port() + ": "
                    + (v.allowed() ? "ALLOWED" : "DENIED"));
            for (String sentence : v.sentences()) {
                out.println("  " + sentence);
            }
        }
    }

    private void printSummary(Cluster cluster, ReachabilityMatrix matrix, long loadNanos, long evalNanos) {
        long externals = cluster.endpoints().stream().filter(e -> e instanceof External).count();
        int tiers = cluster.clusterPolicies().size();
        out.printf("endpoints: %d (%d pods and workloads, %d outside), namespaces: %d, policies: %d%s, ports: %d%n",
                cluster.endpoints().size(), cluster.endpoints().size() - externals, externals,
                cluster.namespaces().size(), cluster.policies().size(),
                tiers == 0 ? "" : ", cluster policies: " + tiers, matrix.ports().size());
        long pairs = matrix.pairCount();
        int width = matrix.ports().stream().mapToInt(p -> p.toString().length()).max().orElse(6);
        for (Port port : matrix.ports()) {
            int allowed = matrix.allowedCount(port);
            out.printf("%-" + width + "s  allowed %,d  denied %,d%n", port, allowed, pairs - allowed);
        }
        out.printf("evaluated %,d connections in %d ms (loading the files took %d ms)%n",
                pairs * matrix.ports().size(), evalNanos / 1_000_000, loadNanos / 1_000_000);
    }
}
