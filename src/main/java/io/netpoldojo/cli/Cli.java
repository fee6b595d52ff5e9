package io.netpoldojo.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The headless command line. Exit codes are part of the contract: 0 done, 2 invalid input
 * (messages on stderr), 1 an internal fault (one short line; the stack trace only with --debug).
 */
public final class Cli {
    static final int OK = 0;
    static final int FAULT = 1;
    static final int INVALID = 2;

    static final String USAGE = """
            Usage: java -jar netpol-dojo.jar COMMAND [OPTIONS] FILE...

            Commands:
              evaluate  who can reach whom, and why
                        [--format json|table|summary] [--port PORT/PROTO]... [--external NAME=IP]...
                        [--from ENDPOINT --to ENDPOINT] FILE...
              validate  check manifests as the apiserver would, plus teaching warnings  FILE...
              convert   write v1alpha1 AdminNetworkPolicy and BaselineAdminNetworkPolicy objects as
                        v1alpha2 ClusterNetworkPolicy YAML on stdout  FILE...
              check-content  validate lessons, quiz cards, scenarios and demos  [DIR]  (default: ./content)
              synthesize  the policies for an intent: allowed FROM TO PORT lines, everything else denied
                        --intent FILE [--egress always|when-needed] [--external NAME=IP]... FILE...
              bench     time the engine on synthetic clusters
                        [--pods N] [--policies N] [--cluster-policies N] [--namespaces N] [--runs N] [--quick]
                        [--write-manifest FILE]
              bench --manifest  time the CLI's path on real files, phase by phase  [--port PORT/PROTO]... FILE...
              bench classroom  load-test the class vote's server on loopback  [--clients N] [--rounds N] [--spread-ms N]
                        [--phones-process]
              grade-answer  grade an explanation as an explain card does  --card CARD_ID [--format json|text] FILE|-
              render    draw a scenario or a lesson's diagram as the app lays it out, to SVG or PNG
                        [--format svg|png] [--theme light|dark] [--width PX] [--step N]
                        (--scenario FILE | --lesson ID [--diagram K] [--content DIR]) -o OUT

            Endpoints are namespace/name for pods and workloads, and NAME for outside addresses.
            With no command, the desktop app starts.
            Exit codes: 0 done, 2 invalid input, 1 internal fault (add --debug for details).
            """;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs a command against the process's own standard streams, in UTF-8; standard output is
     * buffered (a whole matrix is millions of lines) and flushed when the command ends.
     */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return new Cli(out, err).execute(Arrays.asList(args));
        } finally {
            out.flush();
        }
    }

    public int execute(List<String> args) {
        // --debug may stand anywhere before "--"; after it, "--debug" is a file name like any other.
        int end = args.indexOf("--") < 0 ? args.size() : args.indexOf("--");
        boolean debug = args.subList(0, end).contains("--debug");
        List<String> rest = new ArrayList<>(args.subList(0, end).stream().filter(a -> !a.equals("--debug")).toList());
        rest.addAll(args.subList(end, args.size()));
        if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) {
            out.print(USAGE);
            return OK;
        }
        String command = rest.get(0);
        List<String> commandArgs = rest.subList(1, rest.size());
        try {
            int code = switch (command) {
                case "evaluate" -> new EvaluateCommand(out, err).run(commandArgs);
                case "validate" -> new ValidateCommand(out, err).run(commandArgs);
                case "convert" -> new ConvertCommand(out, err).run(commandArgs);
                case "bench" -> new BenchCommand(out).run(commandArgs);
                case "check-content" -> new CheckContentCommand(out, err).run(commandArgs);
                case "render" -> new RenderCommand(out, err).run(commandArgs);
                case "synthesize" -> new SynthesizeCommand(out, err).run(commandArgs);
                case "grade-answer" -> new GradeAnswerCommand(out, err, System.in).run(commandArgs);
                default -> throw new UsageException("unknown command \"" + command + "\"; try --help");
            };
            out.flush();
            return code;
        } catch (UsageException e) {
            err.println("netpol-dojo " + command + ": " + e.getMessage());
            return INVALID;
        } catch (RuntimeException | Error e) {
            err.println("netpol-dojo: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return FAULT;
        }
    }
}
