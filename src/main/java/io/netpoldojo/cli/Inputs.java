package io.netpoldojo.cli;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.engine.model.Endpoint;
import io.netpoldojo.engine.model.External;
import io.netpoldojo.engine.model.IpAddress;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.manifest.ManifestLoader;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Loads the FILE... arguments and the --external options into one cluster, or explains why not. */
final class Inputs {
    private static final Pattern EXTERNAL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private Inputs() {}

    static LoadResult load(List<String> files) throws UsageException {
        if (files.isEmpty()) {
            throw new UsageException("no manifest files given");
        }
        List<Path> paths = new ArrayList<>();
        for (String file : files) {
            paths.add(path(file));
        }
        return new ManifestLoader().loadFiles(paths);
    }

    /**
     * The file named on the command line. Under {@code LANG=C} the JVM decodes a non-ASCII name as
     * U+FFFD and cannot name the file at all; say so and how to fix it, as an input problem.
     */
    static Path path(String file) throws UsageException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            String charset = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
            if (file.indexOf('\uFFFD') >= 0 && !charset.equalsIgnoreCase("UTF-8")) {
                throw new UsageException("cannot read " + file + ": the file name cannot be named in this system's"
                        + " character set (" + charset + "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
            }
            throw new UsageException("cannot read " + file + ": not a file name here (" + e.getReason() + ")");
        }
    }

    /** Adds {@code --external NAME=IP} endpoints to the loaded cluster. */
    static Cluster withExternals(Cluster cluster, List<String> specs) throws UsageException {
        List<Endpoint> endpoints = new ArrayList<>(cluster.endpoints());
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--external needs NAME=IP, e.g. --external alb=203.0.113.10; got \"" + spec + "\"");
            }
            String name = spec.substring(0, eq);
            String ip = spec.substring(eq + 1);
            if (!EXTERNAL_NAME.matcher(name).matches()) {
                throw new UsageException("--external " + spec + ": the name must be letters, digits, '.', '_' or '-'"
                        + " (no '/', which marks pods)");
            }
            IpAddress address = IpAddress.parse(ip).orElseThrow(
                    () -> new UsageException("--external " + spec + ": \"" + ip + "\" is not an IPv4 or IPv6 address"));
            if (endpoints.stream().anyMatch(e -> e.id().equals(name))) {
                throw new UsageException("--external " + spec + ": an endpoint named " + name + " already exists");
            }
            endpoints.add(new External(name, address));
        }
        return cluster.withEndpoints(endpoints);
    }


    /** Prints the diagnostics to stderr (warnings and notices capped per file); true when the input is unusable. */
    static boolean reportErrors(LoadResult result, java.io.PrintStream err) {
        DiagnosticsPrinter.print(result.diagnostics(), err);
        return result.hasErrors();
    }
}
