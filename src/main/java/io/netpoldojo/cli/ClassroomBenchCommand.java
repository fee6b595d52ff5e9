package io.netpoldojo.cli;

import io.netpoldojo.classroom.bench.Latencies;
import io.netpoldojo.classroom.bench.LoadTest;
import io.netpoldojo.classroom.bench.PhoneClass;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code bench classroom}: the class vote's load test. Starts the real voting server in-process on
 * loopback, drives it with simulated phones that do what the page does (in this process, or with
 * {@code --phones-process} in a JVM of their own), and prints join, vote and update latencies and the
 * votes lost or counted twice. Exit code 1 if any vote was lost or doubled or any request failed.
 * {@code --phones-of URL} is that other JVM's side: the phones alone, driven over standard input.
 */
final class ClassroomBenchCommand {
    private final PrintStream out;

    ClassroomBenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> argList) throws UsageException {
        Args args = Args.parse(argList, Set.of("clients", "rounds", "choices", "spread-ms", "phones-of"),
                Set.of("phones-process"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positionals().get(0) + "\"");
        }
        LoadTest.Settings settings = new LoadTest.Settings(args.intValue("clients", 200, 1, 1000),
                args.intValue("rounds", 5, 1, 100), args.intValue("choices", 4, 2, 8), 0.2, 42,
                args.intValue("spread-ms", 0, 0, 60_000));
        if (args.one("phones-of").isPresent()) {
            return phonesOnly(settings, args.one("phones-of").get());
        }
        boolean separate = args.flag("phones-process");
        out.printf("NetPol Dojo class vote load test: %d simulated phones, %d rounds, %d choices, against the real"
                + " server on loopback (Java %s, %d cores)%n", settings.clients(), settings.rounds(),
                settings.choices(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.printf("The phones run in %s.%n", separate ? "a JVM of their own (the server's process runs the server"
                + " and the stage only)" : "this process, beside the server (--phones-process: in a JVM of their own)");
        out.printf("Each phone loads the page, joins with the PIN, reads the room and follows its event stream; each"
                + " round it votes %s, and one in five then changes its vote.%n", settings.spreadMillis() == 0
                ? "the moment the question reaches it (all at once)"
                : "within " + settings.spreadMillis() + " ms of the question reaching it");
        loadAverage().ifPresent(l -> out.printf("Load average before the run: %s (other processes share these cores)%n", l));
        out.flush();
        LoadTest.Result r;
        try {
            r = separate ? LoadTest.run(settings, url -> ChildProcessPhones.start(settings, url))
                    : LoadTest.run(settings);
        } catch (IOException e) {
            throw new UsageException("the voting server could not start on loopback: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        }
        out.printf("Limits for the run: per address x%d (all phones share 127.0.0.1): %d requests/s, %d joins/min;"
                + " %d quick votes per phone.%n", settings.clients(), r.limits().requestsPerSecond(),
                r.limits().joinsPerMinute(), r.limits().voteBurst());
        out.println();
        out.printf("%-34s %7s %10s %10s %10s%n", "", "count", "median ms", "p99 ms", "max ms");
        row("join (POST /api/join)", r.join());
        row("question reaches the phone (event)", r.questionToDevice());
        row("vote (POST /api/vote)", r.vote());
        row("vote to stage update", r.voteToStage());
        out.println();
        out.printf("votes acknowledged: %d, lost: %d, counted twice: %d, failed requests: %d%n", r.votesAcknowledged(),
                r.lost(), r.doubled(), r.failedRequests());
        for (String problem : r.problems()) {
            out.println("  " + problem);
        }
        out.printf("CPU time per vote, rounds only: %.2f ms in %s, of which the server's threads %.2f ms%n",
                r.cpuMillisPerVote(), separate ? "the server's process" : "all", r.serverCpuMillisPerVote());
        out.printf("took %.1f s%n", r.seconds());
        boolean clean = r.lost() == 0 && r.doubled() == 0 && r.failedRequests() == 0 && r.problems().isEmpty();
        out.println(clean ? "OK" : "FAILED");
        return clean ? Cli.OK : Cli.FAULT;
    }

    /** The phones' process: a class of phones against the server at {@code url}, driven over standard input. */
    private int phonesOnly(LoadTest.Settings settings, String url) throws UsageException {
        java.net.URI server;
        try {
            server = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("--phones-of: not an address: " + url);
        }
        if (!"http".equals(server.getScheme()) || server.getHost() == null) {
            throw new UsageException("--phones-of: an http:// address, not " + url);
        }
        try {
            return ChildProcessPhones.serve(new PhoneClass(settings, server), new java.io.BufferedReader(
                    new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)), out);
        } catch (IOException e) {
            throw new UsageException("the phones' commands could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        }
    }

    /** The machine's load average, where Linux says it: latencies on a busy machine are not this code's alone. */
    private static java.util.Optional<String> loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ");
            return java.util.Optional.of(parts[0] + " " + parts[1] + " " + parts[2]);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private void row(String name, Latencies l) {
        out.printf("%-34s %7d %10.1f %10.1f %10.1f%n", name, l.count(), l.medianMillis(), l.p99Millis(), l.maxMillis());
    }
}
