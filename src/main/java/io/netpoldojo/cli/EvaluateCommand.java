package io.netpoldojo.cli;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
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
        PortChoice ports = PortChoice.of(engine, List.copyOf(requestedPorts));
        EvaluateOutput output = new EvaluateOutput(out, ports);
        if (fromId.isPresent()) {
            Endpoint from = endpoint(engine, fromId.get());
            Endpoint to = endpoint(engine, toId.get());
            List<Verdict> verdicts = ports.ports().stream().map(p -> engine.evaluate(from, to, p)).toList();
            if (format.equals("json")) {
                output.json(verdicts);
            } else {
                output.explanations(verdicts);
            }
            return Cli.OK;
        }
        ReachabilityMatrix matrix = engine.matrix(ports.ports());
        switch (format) {
            case "table" -> output.tables(matrix);
            case "summary" -> output.summary(cluster, matrix, loadNanos, evalStart);
            default -> output.json(engine, matrix);
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
}
