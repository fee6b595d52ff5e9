package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade-answer}: the JSON the issue specifies, and exit 2 for every kind of bad input. */
class GradeAnswerCommandTest {
    private static final String ANSWERS = "src/test/resources/cli/answers/";

    record Run(int code, String out, String err) {}

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<String> all = new java.util.ArrayList<>(List.of("grade-answer"));
        all.addAll(Arrays.asList(args));
        int code;
        if (stdin == null) {
            code = new Cli(o, e).execute(all);
        } else {
            try {
                code = new GradeAnswerCommand(o, e, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                        .run(all.subList(1, all.size()));
            } catch (UsageException ex) {
                throw new AssertionError(ex);
            }
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheJudgementAsOneLineOfJson() {
        Run r = run(null, "--card", "explain-dns-broke", ANSWERS + "dns-strong.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"card\":\"explain-dns-broke\",\"covered\":[\"egress-isolated\",\"dns-lookup\","
                + "\"dns-port-53-udp-tcp\",\"dns-peer-kube-system\",\"verify\"],\"missed\":[],\"misconceptions\":[]}\n",
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void namesTheMisconceptionsAndTheMissedPoints() {
        Run r = run(null, "--card=explain-what-are-netpols", ANSWERS + "what-myths.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"card\":\"explain-what-are-netpols\",\"covered\":[\"namespaced\"],\"missed\":[\"default-allow\","
                + "\"l3-l4\",\"cni-enforces\",\"label-selection\",\"per-direction\",\"additive\",\"stateful\"],"
                + "\"misconceptions\":[\"myth-l7\",\"myth-kube-enforces\"]}\n", r.out());
    }

    @Test
    void textShowsTheSentenceBehindEachJudgement() {
        Run r = run(null, "--card", "explain-what-are-netpols", "--format", "text", ANSWERS + "what-myths.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("covered  namespaced: \"NetworkPolicies are namespaced.\"\n"), r.out());
        assertTrue(r.out().contains("myth     myth-kube-enforces: \"kube-proxy enforces them.\"\n"), r.out());
        assertTrue(r.out().contains("missed   stateful: They are stateful"), r.out());
    }

    @Test
    void readsStandardInputForADash() {
        Run r = run("Policies are stateful.", "--card", "explain-what-are-netpols", "-");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("\"covered\":[\"stateful\"]"), r.out());
    }

    @Test
    void anUnknownCardIsInvalidInput() {
        Run r = run(null, "--card", "explain-nothing", ANSWERS + "dns-strong.txt");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("netpol-dojo grade-answer: unknown explain card \"explain-nothing\"; explain cards:"
                + " explain-and-vs-or,"), r.err());
    }

    @Test
    void aQuizCardIsNotAnExplainCard() {
        Run r = run(null, "--card", "interview-twenty-seconds", ANSWERS + "dns-strong.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown explain card \"interview-twenty-seconds\""), r.err());
    }

    @Test
    void anUnreadableFileIsInvalidInput(@TempDir Path tmp) throws IOException {
        assertEquals("netpol-dojo grade-answer: cannot read no-such-file.txt: no such file\n",
                run(null, "--card", "explain-dns-broke", "no-such-file.txt").err());
        assertEquals("netpol-dojo grade-answer: cannot read " + tmp + ": not a regular file\n",
                run(null, "--card", "explain-dns-broke", tmp.toString()).err());
        assertEquals("netpol-dojo grade-answer: cannot read " + ANSWERS + "latin1.txt: not UTF-8 text\n",
                run(null, "--card", "explain-dns-broke", ANSWERS + "latin1.txt").err());
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, "a".repeat((int) GradeAnswerCommand.MAX_BYTES + 1));
        Run r = run(null, "--card", "explain-dns-broke", big.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().endsWith("larger than 1 MiB\n"), r.err());
    }

    /** A FIFO would block a reader forever; it is refused before anything reads it. */
    @Test
    void aFifoIsRefusedWithoutHanging(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("answer.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
        Run r = run(null, "--card", "explain-dns-broke", fifo.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().endsWith("not a regular file\n"), r.err());
    }

    @Test
    void usageMistakesAreInvalidInput() {
        assertEquals(2, run(null, ANSWERS + "dns-strong.txt").code());
        assertTrue(run(null, ANSWERS + "dns-strong.txt").err().contains("--card is required"));
        assertEquals(2, run(null, "--card", "explain-dns-broke").code());
        assertEquals(2, run(null, "--card", "explain-dns-broke", "a.txt", "b.txt").code());
        assertEquals(2, run(null, "--card", "explain-dns-broke", "--format", "xml", ANSWERS + "dns-strong.txt").code());
        assertEquals(2, run(null, "--card", "explain-dns-broke", "--content", "no-such-dir", ANSWERS + "dns-strong.txt")
                .code());
    }

    @Test
    void gradesAgainstAContentFolderWithErrorsOnlyAfterSayingSo() {
        Run r = run(null, "--card", "good", "--content", "src/test/resources/content/broken/explain-errors",
                ANSWERS + "dns-strong.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("explain/fields.yaml:1:5: id: must match the file name"), r.err());
    }
}
