package io.netpoldojo.cli;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.ReachabilityMatrix;
import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Port;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench --manifest FILE...}: the CLI's own path on real files, phase by phase. The first
 * pass is what one CLI run pays (the JIT cold, classes loading); later passes, after warm-up, are
 * the work itself. Phases: load (read, parse, validate, build the cluster), compile (the engine),
 * the matrix, the summary's counting, and the lint that {@code validate} adds.
 */
final class ManifestBench {
    private static final String[] PHASES = {"load: read, parse, validate", "compile the policies",
        "matrix", "count (evaluate's summary)", "lint (validate's warnings)"};
    private final PrintStream out;

    ManifestBench(PrintStream out) {
        this.out = out;
    }

    int run(List<Path> files, List<Port> requestedPorts, int runs) throws UsageException {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.size(file);
            } catch (IOException e) {
                throw new UsageException("cannot read " + file + ": " + e.getMessage());
            }
        }
        ManifestLoader.countHelperCpu();
        long[] cold = pass(files, requestedPorts);
        if (cold == null) {
            out.println("the files do not load without errors; run validate on them");
            return Cli.INVALID;
        }
        for (int i = 0; i < Math.max(3, runs / 2); i++) {
            pass(files, requestedPorts); // warm-up
        }
        long[][] warm = new long[PHASES.length + 1][runs];
        for (int r = 0; r < runs; r++) {
            long[] pass = pass(files, requestedPorts);
            for (int p = 0; p <= PHASES.length; p++) {
                warm[p][r] = pass[p];
            }
        }
        out.printf("NetPol Dojo CLI-path benchmark: %s (%,d bytes), CPU time of the threads doing the work (the"
                + " load's: this thread and the one that composes part of a large file; the JIT's and the collector's"
                + " not counted); the first pass as one CLI run pays it, then the median of %d passes after warm-up (Java %s, %d cores)%n", files.size() == 1 ? files.get(0)
                : files.size() + " files", bytes, runs, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.println(jit());
        out.printf("%-30s %10s %10s%n", "phase", "first ms", "warm ms");
        long coldTotal = 0;
        long warmTotal = 0;
        for (int p = 0; p < PHASES.length; p++) {
            Arrays.sort(warm[p]);
            long median = warm[p][runs / 2];
            coldTotal += cold[p];
            warmTotal += median;
            out.printf("%-30s %10.1f %10.1f%n", PHASES[p], cold[p] / 1e6, median / 1e6);
        }
        out.printf("%-30s %10.1f %10.1f%n", "all", coldTotal / 1e6, warmTotal / 1e6);
        Arrays.sort(warm[PHASES.length]);
        long coldWall = cold[PHASES.length];
        long warmWall = warm[PHASES.length][runs / 2];
        out.printf("%-30s %10.1f %10.1f%n", "load, wall clock", coldWall / 1e6, warmWall / 1e6);
        out.printf("loading: %.1f MB/s first, %.1f MB/s warm by the wall clock; %.1f and %.1f MB/s by CPU time%n",
                bytes / (coldWall / 1e3), bytes / (warmWall / 1e3), bytes / (cold[0] / 1e3),
                bytes / (warm[0][runs / 2] / 1e3));
        return Cli.OK;
    }

    /**
     * One pass over every phase; the CPU nanoseconds of each (the load's: this thread's and the
     * composing helper's), then the load's wall-clock nanoseconds; or null when the files have errors.
     */
    private static long[] pass(List<Path> files, List<Port> requestedPorts) {
        long[] nanos = new long[PHASES.length + 1];
        long helper0 = ManifestLoader.helperCpuNanos();
        long wall0 = System.nanoTime();
        long t0 = cpu();
        LoadResult loaded = new ManifestLoader().loadFiles(files);
        long t1 = cpu();
        long wall1 = System.nanoTime();
        long helper = ManifestLoader.helperCpuNanos() - helper0;
        if (loaded.hasErrors()) {
            return null;
        }
        Cluster cluster = loaded.cluster();
        Engine engine = new Engine(cluster);
        List<Port> ports = PortChoice.of(engine, requestedPorts).ports();
        long t2 = cpu();
        ReachabilityMatrix matrix = engine.matrix(ports);
        long t3 = cpu();
        long allowed = 0;
        for (Port port : ports) {
            allowed += matrix.allowedCount(port);
        }
        long t4 = cpu();
        int warnings = ValidateCommand.lint(loaded).size();
        long t5 = cpu();
        if (allowed < 0 || warnings < 0) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        nanos[0] = t1 - t0 + helper;
        nanos[PHASES.length] = wall1 - wall0;
        nanos[1] = t2 - t1;
        nanos[2] = t3 - t2;
        nanos[3] = t4 - t3;
        nanos[4] = t5 - t4;
        return nanos;
    }

    /**
     * Which JIT compilers this run has: the installed launcher gives CLI commands the quick one
     * alone (-XX:TieredStopAtLevel=1), and then the first pass is what an installed CLI run pays
     * and "warm" is as fast as such a run ever gets.
     */
    private static String jit() {
        boolean quickOnly = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel=") && !a.endsWith("=4"));
        return quickOnly ? "JIT: the quick compiler (C1) alone, as the installed CLI commands run"
                : "JIT: both compilers (C1 and C2), as java -jar runs (the installed CLI commands use C1 alone)";
    }

    private static long cpu() {
        return BenchCommand.cpu();
    }
}
