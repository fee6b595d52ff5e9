package io.netpoldojo.cli;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.DeckBalance;
import io.netpoldojo.manifest.Diagnostic;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code check-content [DIR]}: loads lessons, quiz cards, scenarios and demos as the app does,
 * runs every scenario expectation and card solution through the engine, and reports one count
 * line per kind and the quiz's answer balance ({@link DeckBalance}) (exit 0), or every problem
 * as {@code file:line:col: path: message}, or the balance rules the deck breaks (exit 2).
 */
final class CheckContentCommand {
    private final PrintStream out;
    private final PrintStream err;

    CheckContentCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argList) throws UsageException {
        Args args = Args.parse(argList, Set.of(), Set.of());
        if (args.positionals().size() > 1) {
            throw new UsageException("give at most one content folder");
        }
        Path dir = Path.of(args.positionals().isEmpty() ? "content" : args.positionals().get(0));
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + " is not a folder (give the content folder, e.g. check-content content)");
        }
        Content content = new ContentLoader().load(dir);
        if (content.hasErrors()) {
            content.diagnostics().forEach(err::println);
            err.printf("invalid: %d problem%s in %s%n", content.errors().size(), content.errors().size() == 1 ? "" : "s",
                    dir);
            return Cli.INVALID;
        }
        for (Diagnostic d : content.diagnostics()) {
            out.println(d);
        }
        out.println("lessons: " + content.lessons().size());
        out.println("quiz cards: " + content.cards().size());
        out.println("scenarios: " + content.scenarios().size());
        out.println("demos: " + content.demos().size());
        DeckBalance balance = DeckBalance.of(content);
        out.println("answer balance (what a learner could guess without reading):");
        balance.report().forEach(line -> out.println("  " + line));
        if (!balance.balanced()) {
            balance.problems().forEach(p -> err.println("unbalanced: " + p));
            err.printf("invalid: the quiz's answers in %s can be guessed from their layout%n", dir);
            return Cli.INVALID;
        }
        return Cli.OK;
    }
}
