package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.manifest.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --manifest} reports what issue 24 asks of it: each phase of the CLI's path (load,
 * compile, matrix, the summary's count, the lint) as a first pass and warm, the loading speed,
 * and which JIT ran, so a figure copied into the README says how it was measured. Timings are
 * not checked (speed is set in benchmarks, not tests), only that every figure is there and is a
 * number.
 */
class ManifestBenchTest {
    private static final String MICRO = "src/test/resources/cli/microservices.yaml";

    @Test
    void reportsEveryPhaseFirstAndWarmAndTheJit() {
        CliFaultsTest.Result result = CliFaultsTest.run("bench", "--manifest", "--runs", "1", "--port", "80/TCP", MICRO);
        assertEquals(0, result.code(), result.err());
        String out = result.out();
        assertTrue(out.contains("JIT: "), out);
        for (String phase : List.of("load: read, parse, validate", "compile the policies", "matrix",
                "count (evaluate's summary)", "lint (validate's warnings)", "all")) {
            Matcher row = Pattern.compile("(?m)^" + Pattern.quote(phase) + " +(\\d+\\.\\d) +(\\d+\\.\\d)$").matcher(out);
            assertTrue(row.find(), "no first and warm figures for \"" + phase + "\":\n" + out);
        }
        assertTrue(Pattern.compile("loading: \\d+\\.\\d MB/s first, \\d+\\.\\d MB/s warm by the wall clock; \\d+\\.\\d and"
                + " \\d+\\.\\d MB/s by CPU time").matcher(out).find(), out);
    }

    @Test
    void aLargeFileLoadedByTwoThreadsIsReportedByWallClockAndTheCpuOfBoth(@TempDir Path dir) throws Exception {
        // Large enough to be composed by two threads: the load row must count the helper's CPU too,
        // and the wall clock is reported on a row of its own, so neither flatters the other.
        Path file = dir.resolve("p400.yaml");
        CliFaultsTest.Result written = CliFaultsTest.run("bench", "--write-manifest", file.toString(), "--pods", "400",
                "--policies", "200");
        assertEquals(0, written.code(), written.err());
        assertTrue(Files.size(file) > 64 * 1024);
        long helperBefore = ManifestLoader.helperCpuNanos();
        CliFaultsTest.Result result = CliFaultsTest.run("bench", "--manifest", "--runs", "1", file.toString());
        assertEquals(0, result.code(), result.err());
        String out = result.out();
        assertTrue(out.contains("CPU time of the threads doing the work (the load's: this thread and the one that"
                + " composes part of a large file"), out);
        assertTrue(Pattern.compile("(?m)^load, wall clock +\\d+\\.\\d +\\d+\\.\\d$").matcher(out).find(), out);
        if (Runtime.getRuntime().availableProcessors() >= 2) {
            assertTrue(ManifestLoader.helperCpuNanos() > helperBefore, "the helper's CPU time was not counted");
        }
    }
}
