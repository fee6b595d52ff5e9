package io.netpoldojo.cli;

import io.netpoldojo.classroom.bench.LoadTest;
import io.netpoldojo.classroom.bench.Phones;
import io.netpoldojo.classroom.bench.PhonesProtocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench classroom --phones-process}: the simulated class in a JVM of its own, started from
 * the same jar ({@code bench classroom --phones-of URL}), so its HTTP clients do not queue with the
 * server's threads inside one process, as real phones never do. It speaks {@link PhonesProtocol} on
 * its standard input and output; its standard error is this process's.
 */
final class ChildProcessPhones implements Phones {
    private final Process process;
    private final PrintStream commands;
    private final BufferedReader answers;

    private ChildProcessPhones(Process process) {
        this.process = process;
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildProcessPhones start(LoadTest.Settings s, URI server) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.netpoldojo.Main", "bench",
                "classroom", "--phones-of", server.toString(), "--clients", String.valueOf(s.clients()), "--rounds",
                String.valueOf(s.rounds()), "--choices", String.valueOf(s.choices()), "--spread-ms",
                String.valueOf(s.spreadMillis())));
        try {
            return new ChildProcessPhones(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("the phones' process did not start", e);
        }
    }

    @Override
    public JoinReport joinAll(String pin) {
        return PhonesProtocol.decodeJoin(ask(PhonesProtocol.join(pin)));
    }

    @Override
    public void startRound(int round) {
        String answer = ask(PhonesProtocol.start(round));
        if (!answer.equals(PhonesProtocol.started(round))) {
            throw new IllegalStateException("the phones' process answered \"" + answer + "\" to " + round);
        }
    }

    @Override
    public RoundReport awaitRound(int round) {
        return PhonesProtocol.decodeRound(ask(PhonesProtocol.await(round)));
    }

    @Override
    public void close() {
        commands.println(PhonesProtocol.QUIT);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String ask(String command) {
        commands.println(command);
        try {
            String line = answers.readLine();
            if (line == null) {
                throw new IllegalStateException("the phones' process ended (exit code "
                        + process.waitFor() + ") instead of answering " + command);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("the phones' process could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The other end, in the phones' process: runs the class of phones {@code phones} as the lines on
     * {@code in} say, answering each on {@code out}, until {@code quit} or the end of the input.
     */
    static int serve(Phones phones, BufferedReader in, PrintStream out) throws IOException, InterruptedException {
        try (phones) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] c = PhonesProtocol.command(line);
                switch (c[0]) {
                    case "join" -> out.println(PhonesProtocol.encode(phones.joinAll(c[1])));
                    case "start" -> {
                        phones.startRound(Integer.parseInt(c[1]));
                        out.println(PhonesProtocol.started(Integer.parseInt(c[1])));
                    }
                    case "await" -> out.println(PhonesProtocol.encode(phones.awaitRound(Integer.parseInt(c[1]))));
                    case "quit" -> {
                        return Cli.OK;
                    }
                    default -> throw new IllegalArgumentException("unknown command to the phones: " + line);
                }
                out.flush();
            }
        }
        return Cli.OK;
    }
}
