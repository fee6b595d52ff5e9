package io.netpoldojo.cli;

import io.netpoldojo.engine.model.Cluster;
import io.netpoldojo.manifest.LoadResult;
import io.netpoldojo.synthesis.IntentParser;
import io.netpoldojo.synthesis.PolicyYaml;
import io.netpoldojo.synthesis.SynthesisResult;
import io.netpoldojo.synthesis.Synthesizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code synthesize}: the NetworkPolicies for an intent. Reads the cluster (its pods, namespaces and
 * outside endpoints; its policies are replaced) and an intent file of allowed {@code FROM TO PORT}
 * lines, and prints the policies as YAML for {@code kubectl apply -f}, each rule explained in a
 * comment, the engine's check on top. Connections no v1 policy can give are left denied and listed
 * on stderr, with exit code 2.
 */
final class SynthesizeCommand {
    private static final long MAX_INTENT_BYTES = 1 << 20;
    private final PrintStream out;
    private final PrintStream err;

    SynthesizeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argList) throws UsageException {
        Args args = Args.parse(argList, Set.of("intent", "egress", "external"), Set.of());
        String intentFile = args.one("intent").orElseThrow(() -> new UsageException(
                "--intent FILE is required: one allowed connection per line, e.g. \"default/frontend default/backend 8080\""));
        String egress = args.one("egress").orElse("always");
        if (!Set.of("always", "when-needed").contains(egress)) {
            throw new UsageException("--egress must be always or when-needed, not \"" + egress + "\"");
        }
        LoadResult loaded = Inputs.load(args.positionals());
        if (Inputs.reportErrors(loaded, err)) {
            err.printf("invalid: %d error%s in the cluster files%n", loaded.errors().size(),
                    loaded.errors().size() == 1 ? "" : "s");
            return Cli.INVALID;
        }
        Cluster cluster = Inputs.withExternals(loaded.cluster(), args.all("external"));
        IntentParser.Parsed intent = new IntentParser(cluster).parse(readIntent(Path.of(intentFile)), intentFile);
        intent.errors().forEach(err::println);
        intent.notes().forEach(n -> err.println("note: " + n));
        if (intent.hasErrors()) {
            err.printf("invalid: %d problem%s in %s%n", intent.errors().size(), intent.errors().size() == 1 ? "" : "s",
                    intentFile);
            return Cli.INVALID;
        }
        SynthesisResult result = Synthesizer.synthesize(cluster, intent.intent(),
                egress.equals("always") ? Synthesizer.EgressMode.ALWAYS : Synthesizer.EgressMode.WHEN_NEEDED);
        if (!result.proof().holds()) {
            throw new IllegalStateException(result.proof().summary());
        }
        out.print(PolicyYaml.write(result, intent.intent().allowed().size()));
        if (!result.inexpressible().isEmpty()) {
            for (SynthesisResult.Inexpressible x : result.inexpressible()) {
                err.println("cannot express: " + x);
            }
            err.printf("inexpressible: %d allowed connection%s left denied (the policies above give the rest"
                    + " exactly)%n", result.inexpressible().size(), result.inexpressible().size() == 1 ? "" : "s");
            return Cli.INVALID;
        }
        return Cli.OK;
    }

    /** The intent file as UTF-8 text; a missing, special, oversized or binary file is a usage error. */
    private static String readIntent(Path file) throws UsageException {
        try {
            if (!Files.exists(file)) {
                throw new UsageException("cannot read " + file + ": no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new UsageException("cannot read " + file + ": not a regular file");
            }
            if (Files.size(file) > MAX_INTENT_BYTES) {
                throw new UsageException("cannot read " + file + ": larger than 1 MiB");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException("cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
