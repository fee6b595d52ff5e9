package io.netpoldojo.cli;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code synthesize} against golden files, with {@link CliGoldenTest}'s harness (refresh with
 * {@code ./mvnw test -Dtest=SynthesizeGoldenTest -Dgolden.update=true} and review the diff).
 */
class SynthesizeGoldenTest {
    private static final String DIR = "src/test/resources/cli/";

    static Stream<CliGoldenTest.Run> runs() {
        return Stream.of(
                new CliGoldenTest.Run("synthesize-microservices",
                        "synthesize --intent " + DIR + "microservices.intent " + DIR + "microservices.yaml"),
                new CliGoldenTest.Run("synthesize-egress-when-needed", "synthesize --egress when-needed --intent "
                        + DIR + "lookalikes-both.intent " + DIR + "lookalikes.yaml"),
                new CliGoldenTest.Run("synthesize-inexpressible",
                        "synthesize --intent " + DIR + "lookalikes.intent " + DIR + "lookalikes.yaml"),
                new CliGoldenTest.Run("synthesize-intent-errors",
                        "synthesize --intent " + DIR + "broken.intent " + DIR + "microservices.yaml"),
                new CliGoldenTest.Run("synthesize-without-intent", "synthesize " + DIR + "microservices.yaml"),
                new CliGoldenTest.Run("synthesize-intent-not-a-file",
                        "synthesize --intent " + DIR + " " + DIR + "microservices.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void matchesGoldenFile(CliGoldenTest.Run run) throws IOException {
        new CliGoldenTest().matchesGoldenFile(run);
    }
}
