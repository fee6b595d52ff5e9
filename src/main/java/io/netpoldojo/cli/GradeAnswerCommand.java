package io.netpoldojo.cli;

import io.netpoldojo.content.BundledContent;
import io.netpoldojo.content.Card;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.explain.ExplainGrader;
import io.netpoldojo.explain.Judgement;
import io.netpoldojo.explain.Point;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code grade-answer --card CARD_ID FILE}: grades a typed explanation the way the app's explain
 * card does and prints {@code {"card":...,"covered":[...],"missed":[...],"misconceptions":[...]}}
 * (exit 0). An unknown card or an unreadable file is invalid input (exit 2). {@code --format text}
 * shows each judgement with the sentence behind it; {@code --content DIR} grades against a content
 * folder instead of the app's own, for authors trying out patterns. {@code -} reads standard input.
 */
final class GradeAnswerCommand {
    static final long MAX_BYTES = 1024 * 1024;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    GradeAnswerCommand(PrintStream out, PrintStream err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    int run(List<String> argList) throws UsageException {
        Args args = Args.parse(argList, Set.of("card", "content", "format"), Set.of());
        String cardId = args.one("card").orElseThrow(() -> new UsageException(
                "--card is required: grade-answer --card CARD_ID FILE"));
        String format = args.one("format").orElse("json");
        if (!format.equals("json") && !format.equals("text")) {
            throw new UsageException("--format is json or text, got \"" + format + "\"");
        }
        if (args.positionals().size() != 1) {
            throw new UsageException("give exactly one answer file (or - for standard input)");
        }
        Content content = content(args);
        Card card = content.explainCard(cardId).orElseThrow(() -> new UsageException("unknown explain card \""
                + cardId + "\"; explain cards: " + content.explainCards().stream().map(Card::id)
                .collect(Collectors.joining(", "))));
        String answer = read(args.positionals().get(0));
        Judgement j = ExplainGrader.grade(((Card.Explain) card.body()).rubric(), answer, card.question());
        if (format.equals("json")) {
            out.println("{\"card\":" + Json.string(card.id()) + ",\"covered\":" + array(j.coveredIds())
                    + ",\"missed\":" + array(j.missedIds()) + ",\"misconceptions\":" + array(j.misconceptionIds())
                    + "}");
        } else {
            text(j);
        }
        return Cli.OK;
    }

    private Content content(Args args) throws UsageException {
        Content content;
        if (args.one("content").isPresent()) {
            Path dir = Path.of(args.one("content").get());
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--content " + dir + " is not a folder");
            }
            content = new ContentLoader().load(dir);
        } else {
            try {
                content = BundledContent.load();
            } catch (IOException e) {
                throw new UsageException("cannot read the app's content: " + e.getMessage());
            }
        }
        if (content.hasErrors()) {
            content.errors().forEach(err::println);
            throw new UsageException("the content has errors (above); fix them first");
        }
        return content;
    }

    /** The answer as UTF-8 text; a missing, special, oversized or binary file is a usage error. */
    private String read(String name) throws UsageException {
        try {
            byte[] bytes;
            if (name.equals("-")) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            } else {
                Path file = Path.of(name);
                if (!Files.exists(file)) {
                    throw new UsageException("cannot read " + name + ": no such file");
                }
                if (!Files.isRegularFile(file)) {
                    throw new UsageException("cannot read " + name + ": not a regular file");
                }
                if (Files.size(file) > MAX_BYTES) {
                    throw new UsageException("cannot read " + name + ": larger than 1 MiB");
                }
                bytes = Files.readAllBytes(file);
            }
            if (bytes.length > MAX_BYTES) {
                throw new UsageException("cannot read " + name + ": larger than 1 MiB");
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UsageException("cannot read " + name + ": not UTF-8 text");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UsageException("cannot read " + name + ": " + e.getMessage());
        }
    }

    private void text(Judgement j) {
        for (Judgement.Credit c : j.covered()) {
            out.println("covered  " + c.point().id() + ": \"" + c.sentence().map(s -> s.text()).orElse("") + "\"");
        }
        for (Point p : j.missed()) {
            out.println("missed   " + p.id() + ": " + p.says());
        }
        for (Judgement.Credit c : j.misconceptions()) {
            out.println("myth     " + c.point().id() + ": \"" + c.sentence().map(s -> s.text()).orElse("") + "\"");
        }
        j.unread().forEach(s -> out.println("not read (" + (s.kind() == io.netpoldojo.explain.Sentence.Kind.NOT_ENGLISH
                ? "not English" : s.reason()) + "): \"" + s.text() + "\""));
        if (j.truncated()) {
            out.println("only the first " + ExplainGrader.MAX_CHARS + " characters were read");
        }
    }

    private static String array(List<String> ids) {
        return ids.stream().map(Json::string).collect(Collectors.joining(",", "[", "]"));
    }
}
