package io.netpoldojo.cli;

import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.Severity;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics, one per line, on stderr: every error (the loader caps those), and for each
 * file at most {@value #MAX_PER_FILE} warnings and as many notices, then one line saying how many
 * more there were. A whole-cluster dump can hold thousands of objects NetPol Dojo skips or warns
 * about; 40,000 lines of them would hide the few that matter.
 */
final class DiagnosticsPrinter {
    static final int MAX_PER_FILE = 100;

    private DiagnosticsPrinter() {}

    static void print(List<Diagnostic> diagnostics, PrintStream err) {
        Map<String, int[]> shownByFile = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                err.println(d);
                continue;
            }
            int[] shown = shownByFile.computeIfAbsent(d.position().file(), f -> new int[2]);
            int kind = d.severity() == Severity.WARNING ? 0 : 1;
            if (shown[kind]++ < MAX_PER_FILE) {
                err.println(d);
            }
        }
        shownByFile.forEach((file, counts) -> {
            more(err, file, counts[0], "warning");
            more(err, file, counts[1], "notice");
        });
    }

    private static void more(PrintStream err, String file, int count, String what) {
        if (count > MAX_PER_FILE) {
            int more = count - MAX_PER_FILE;
            err.printf("%s: %d more %s%s not shown%n", file, more, what, more == 1 ? "" : "s");
        }
    }
}
