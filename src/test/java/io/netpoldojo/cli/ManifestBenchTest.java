package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
        assertTrue(Pattern.compile("loading: \\d+\\.\\d MB/s first, \\d+\\.\\d MB/s warm").matcher(out).find(), out);
    }
}
