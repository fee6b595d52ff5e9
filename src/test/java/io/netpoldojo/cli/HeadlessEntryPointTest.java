package io.netpoldojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's entry point with a subcommand runs in a fresh JVM with no display and must never
 * load a JavaFX class: that is what lets the CLI run on a server or in CI.
 */
class HeadlessEntryPointTest {

    @Test
    void aSubcommandNeverLoadsJavaFx(@TempDir Path tmp) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path classLog = tmp.resolve("classes.log");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classLog, "-cp",
                System.getProperty("java.class.path"), "io.netpoldojo.Main", "validate",
                "src/test/resources/cli/microservices.yaml");
        pb.environment().remove("DISPLAY");
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("valid: 2 namespaces, 7 endpoints, 6 policies"), output);
        List<String> loaded = Files.readAllLines(classLog);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("io.netpoldojo.cli.Cli ")), "the log is empty");
        List<String> javafx = loaded.stream().filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx."))
                .toList();
        assertEquals(List.of(), javafx, "JavaFX classes were loaded by a CLI command");
    }
}
