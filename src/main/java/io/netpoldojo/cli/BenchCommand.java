package io.netpoldojo.cli;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.SyntheticClusters;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.ExportMode;
import io.netpoldojo.manifest.ManifestWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench}: times the engine in-process, after warm-up, on seeded synthetic clusters (20
 * namespaces, default-deny-all in each, allow rules of every shape, 4 ports), growing pods and
 * policies separately so the README can say how time scales with each, then with
 * ClusterNetworkPolicies (both tiers, every rule shape) on top.
 */
final class BenchCommand {
    private static final long SEED = 42;
    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    record Size(int pods, int namespaces, int policies, int clusterPolicies) {}

    int run(List<String> argList) throws UsageException {
        if (!argList.isEmpty() && argList.get(0).equals("classroom")) return new ClassroomBenchCommand(out).run(argList.subList(1, argList.size()));
        Args args = Args.parse(argList, Set.of("pods", "policies", "cluster-policies", "namespaces", "runs",
                "write-manifest", "port"), Set.of("quick", "manifest"));
        int namespaces = args.intValue("namespaces", 20, 1, 10_000);
        int runs = args.intValue("runs", args.flag("quick") ? 3 : 7, 1, 1000);
        if (args.flag("manifest")) {
            return manifest(args, runs);
        }
        if (args.one("write-manifest").isPresent()) {
            int pods = args.intValue("pods", 1000, 1, 1_000_000);
            int policies = args.intValue("policies", 500, 0, 1_000_000);
            int clusterPolicies = args.intValue("cluster-policies", 0, 0, 100_000);
            return writeManifest(Path.of(args.one("write-manifest").get()),
                    new Size(pods, namespaces, policies, clusterPolicies));
        }
        List<Size> sizes = new ArrayList<>();
        if (args.one("pods").isPresent() || args.one("policies").isPresent() || args.one("cluster-policies").isPresent()) {
            sizes.add(new Size(args.intValue("pods", 1000, 1, 1_000_000), namespaces,
                    args.intValue("policies", 500, 0, 1_000_000), args.intValue("cluster-policies", 0, 0, 100_000)));
        } else if (args.flag("quick")) {
            sizes.add(new Size(1000, namespaces, 500, 0));
            sizes.add(new Size(1000, namespaces, 500, 50));
        } else {
            for (int pods : new int[] {250, 500, 1000, 2000, 5000}) {
                sizes.add(new Size(pods, namespaces, 500, 0));
            }
            for (int policies : new int[] {125, 250, 1000, 2000}) {
                sizes.add(new Size(1000, namespaces, policies, 0));
            }
            for (int clusterPolicies : new int[] {50, 100, 200}) {
                sizes.add(new Size(1000, namespaces, 500, clusterPolicies));
            }
            sizes.add(new Size(5000, namespaces, 500, 50));
        }
        out.printf("NetPol Dojo engine benchmark: compile + full reachability matrix on %d ports, CPU time,"
                + " median and best of %d runs after warm-up (Java %s, %d cores)%n",
                SyntheticClusters.TIER_PORT_LIST.size(), runs, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.printf("%7s %10s %9s %9s %12s %12s %10s %10s%n", "pods", "namespaces", "policies", "cluster",
                "connections", "allowed", "median ms", "best ms");
        warmUp(namespaces);
        for (Size size : sizes) {
            Cluster cluster = SyntheticClusters.generate(size.pods, size.namespaces, size.policies,
                    size.clusterPolicies, SEED);
            long[] nanos = new long[runs];
            ReachabilityMatrix matrix = null;
            for (int i = 0; i < runs; i++) {
                long start = cpu();
                matrix = new Engine(cluster).matrix(SyntheticClusters.TIER_PORT_LIST);
                nanos[i] = cpu() - start;
            }
            Arrays.sort(nanos);
            long connections = matrix.pairCount() * matrix.ports().size();
            long allowed = matrix.ports().stream().mapToLong(matrix::allowedCount).sum();
            out.printf("%7d %10d %9d %9d %,12d %,12d %10.1f %10.1f%n", size.pods, size.namespaces,
                    size.policies, size.clusterPolicies, connections, allowed, nanos[runs / 2] / 1e6, nanos[0] / 1e6);
        }
        return Cli.OK;
    }

    /** {@code bench --manifest [--port P]... FILE...}: the CLI's path on those files, phase by phase. */
    private int manifest(Args args, int runs) throws UsageException {
        List<Path> files = new ArrayList<>();
        for (String file : args.positionals()) {
            files.add(Inputs.path(file));
        }
        if (files.isEmpty()) {
            throw new UsageException("--manifest needs the files to load, e.g. bench --manifest cluster.yaml");
        }
        List<Port> ports = new ArrayList<>();
        for (String p : args.all("port")) {
            ports.add(Port.parse(p).orElseThrow(() -> new UsageException("--port " + p + ": expected PORT or PORT/PROTO")));
        }
        return new ManifestBench(out).run(files, ports, runs);
    }

    /** This thread's CPU time, which other jobs on a shared machine do not stretch as they do the wall clock. */
    static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Lets the JIT compile the hot paths before anything is timed. */
    private static void warmUp(int namespaces) {
        Cluster cluster = SyntheticClusters.generate(1000, namespaces, 500, 50, SEED + 1);
        for (int i = 0; i < 8; i++) {
            new Engine(cluster).matrix(SyntheticClusters.TIER_PORT_LIST);
        }
    }

    private int writeManifest(Path file, Size size) throws UsageException {
        Cluster cluster = SyntheticClusters.generate(size.pods, size.namespaces, size.policies, size.clusterPolicies,
                SEED);
        String yaml = new ManifestWriter().writeScenario(cluster, key -> Map.of(), key -> List.of(),
                ExportMode.SCENARIO);
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
        out.printf("wrote %s: %d pods in %d namespaces, %d policies, %d cluster policies%n", file, size.pods,
                size.namespaces, size.policies, size.clusterPolicies);
        return Cli.OK;
    }
}
