package io.netpoldojo.cli;

import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Lint;
import io.netpoldojo.engine.LintWarning;
import io.netpoldojo.manifest.Diagnostic;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ObjectKey;
import io.netpoldojo.manifest.Severity;
import io.netpoldojo.manifest.SourcePosition;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code validate}: the apiserver's errors and the engine's teaching warnings, one per line as
 * {@code file:line:col: path: message}, on stderr as every command's diagnostics are. The verdict
 * is the exit code, with a one-line summary: "valid: ..." on stdout, "invalid: ..." on stderr.
 */
final class ValidateCommand {
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argList) throws UsageException {
        Args args = Args.parse(argList, Set.of(), Set.of());
        LoadResult loaded = Inputs.load(args.positionals());
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        if (!loaded.hasErrors()) {
            all.addAll(lint(loaded));
        }
        DiagnosticsPrinter.print(all, err);
        long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (errors > 0) {
            err.printf("invalid: %d error%s, %d warning%s%n", errors, errors == 1 ? "" : "s", warnings,
                    warnings == 1 ? "" : "s");
            return Cli.INVALID;
        }
        int clusterPolicies = loaded.cluster().clusterPolicies().size();
        out.printf("valid: %d namespace%s, %d endpoint%s, %d polic%s%s; %d warning%s%n",
                loaded.cluster().namespaces().size(), plural(loaded.cluster().namespaces().size()),
                loaded.cluster().endpoints().size(), plural(loaded.cluster().endpoints().size()),
                loaded.cluster().policies().size(), loaded.cluster().policies().size() == 1 ? "y" : "ies",
                clusterPolicies == 0 ? "" : ", " + clusterPolicies + " ClusterNetworkPolic"
                        + (clusterPolicies == 1 ? "y" : "ies"),
                warnings, plural(warnings));
        return Cli.OK;
    }

    /** The engine's warnings, placed at the field they concern. */
    static List<Diagnostic> lint(LoadResult loaded) {
        List<Diagnostic> out = new ArrayList<>();
        for (LintWarning w : Lint.check(new Engine(loaded.cluster()))) {
            ObjectKey key = w.clusterScoped() ? ObjectKey.clusterPolicy(w.policy())
                    : new ObjectKey("NetworkPolicy", w.namespace(), w.policy());
            SourcePosition at = loaded.sources().find(key, w.fieldPath())
                    .orElse(new SourcePosition("(unknown file)", 1, 1));
            out.add(new Diagnostic(Severity.WARNING, at, w.fieldPath(), w.policy() + " " + w.message()));
        }
        return out;
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
