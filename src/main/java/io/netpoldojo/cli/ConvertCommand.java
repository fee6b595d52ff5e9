package io.netpoldojo.cli;

import io.netpoldojo.manifest.ClusterPolicyWriter;
import io.netpoldojo.manifest.LoadResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code convert}: the v1alpha2 ClusterNetworkPolicy YAML for every v1alpha1 AdminNetworkPolicy
 * and BaselineAdminNetworkPolicy in the files, on stdout; the loader's warnings (each naming its
 * conversion) and errors on stderr.
 */
final class ConvertCommand {
    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argList) throws UsageException {
        Args args = Args.parse(argList, Set.of(), Set.of());
        LoadResult loaded = Inputs.load(args.positionals());
        if (Inputs.reportErrors(loaded, err)) {
            return Cli.INVALID;
        }
        String yaml = new ClusterPolicyWriter().writeConverted(loaded);
        if (yaml.isEmpty()) {
            err.println("netpol-dojo convert: nothing to convert: no AdminNetworkPolicy or BaselineAdminNetworkPolicy"
                    + " (policy.networking.k8s.io/v1alpha1) in the files");
            return Cli.OK;
        }
        out.print(yaml);
        return Cli.OK;
    }
}
