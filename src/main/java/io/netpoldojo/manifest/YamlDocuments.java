package io.netpoldojo.manifest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns YAML text into node trees, safely: only SnakeYAML's parser and {@link ManifestComposer}
 * run (no constructor, so no tag ever builds a Java object), with limits on aliases, nesting and
 * size, and every failure turned into a {@link Failure} with a position instead of an exception.
 */
final class YamlDocuments {
    private YamlDocuments() {}

    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 64;

    /**
     * One composed document. {@code aliased} is true when it contains an alias ({@code *name},
     * merge keys included): only then can a node appear in the tree more than once.
     */
    record Document(Node root, boolean aliased) {}

    /** Why composing stopped: a message and a 0-based line and column, or line -1 when unknown. */
    record Failure(String message, int line, int column) {}

    private static final Pattern ONE_LETTER_BOOL = Pattern.compile("^(?:y|Y|n|N)$");

    /**
     * SnakeYAML's YAML 1.1 resolver plus the one-letter booleans y, Y, n and N that kubectl's
     * decoder (go-yaml v2) also reads as booleans, so that {@code app: n} is rejected as kubectl
     * rejects it, and the writer quotes such strings.
     */
    static Resolver resolver() {
        Resolver resolver = new Resolver();
        resolver.addImplicitResolver(Tag.BOOL, ONE_LETTER_BOOL, "yYnN");
        return resolver;
    }

    /**
     * The resolver, remembering its answer for each short plain scalar: it tries regular
     * expressions on every one, and a manifest says {@code app}, {@code TCP} and {@code 8080}
     * thousands of times. A scalar whose first character starts none of the resolver's patterns
     * ({@code web-7}, {@code metadata}) is a string without asking (SnakeYAML files its patterns
     * by first character, and the two it tries on any value match only "", "~", "null" and " ").
     * The answers are {@link #resolver()}'s own, so nothing changes but the time. One per
     * composing, on one thread.
     */
    private static final class RememberingResolver extends Resolver {
        private static final int MAX_LENGTH = 64;
        private static final int MAX_REMEMBERED = 20_000;
        private final Map<String, Tag> plain = new HashMap<>();
        /** ASCII characters that begin a value only plain strings can begin; none when the patterns are not SnakeYAML's. */
        private final boolean[] onlyStrings = new boolean[128];

        RememberingResolver() {
            addImplicitResolver(Tag.BOOL, ONE_LETTER_BOOL, "yYnN");
            // The patterns tried on any value are NULL and EMPTY, as SnakeYAML 2.5 files them; with
            // any other set, nothing is taken for granted (the resolver's cross-check covers each char).
            List<?> anyFirst = yamlImplicitResolvers.get(null);
            boolean known = anyFirst != null && anyFirst.size() == 2;
            for (char c = 0; c < onlyStrings.length && known; c++) {
                onlyStrings[c] = c != ' ' && c != 0 && !yamlImplicitResolvers.containsKey(c);
            }
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind != NodeId.scalar || !implicit || value.length() > MAX_LENGTH) {
                return super.resolve(kind, value, implicit);
            }
            if (!value.isEmpty() && value.charAt(0) < onlyStrings.length && onlyStrings[value.charAt(0)]) {
                return Tag.STR;
            }
            Tag tag = plain.get(value);
            if (tag == null) {
                tag = super.resolve(kind, value, implicit);
                if (plain.size() < MAX_REMEMBERED) {
                    plain.put(value, tag);
                }
            }
            return tag;
        }
    }

    /** {@link #resolver()}'s answers, faster; one per composing, on one thread. */
    static Resolver rememberingResolver() {
        return new RememberingResolver();
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(true); // "<<" merge keys, as kubectl's YAML decoder supports them
        return options;
    }

    /**
     * Composes each document of {@code text} in turn and hands the non-empty ones to {@code
     * onDocument}; stops at the first YAML failure and returns it. Exceptions thrown by {@code
     * onDocument} pass through. A large text of many documents is composed by two threads
     * ({@link SplitComposing}); the documents are handed over on this thread, in order, and all
     * is as if one thread had composed them.
     */
    static Optional<Failure> forEach(String text, Consumer<Document> onDocument) {
        return forEach(text, onDocument, SplitComposing.Split.DEFAULT);
    }

    static Optional<Failure> forEach(String text, Consumer<Document> onDocument, SplitComposing.Split split) {
        int cut = split.cutOf(text);
        if (cut < 0) {
            return compose(text, WholeTextReader.Decoded.of(text), 0, 0, 0, onDocument);
        }
        return SplitComposing.forEach(text, cut, onDocument);
    }

    /** A composer over the code points {@code from} to {@code to} of the text, that has counted {@code aliases} before. */
    static ManifestComposer composer(WholeTextReader.Decoded text, int from, int to, int aliases) {
        LoaderOptions options = options();
        return new ManifestComposer(new ParserImpl(new WholeTextReader(text, from, to), options),
                rememberingResolver(), options, aliases);
    }

    /**
     * Composes the text's code points from {@code from} (0, or a document's start) to its end, as
     * {@link #forEach} does, leaving out the first {@code skip} non-empty documents (already handed over).
     */
    static Optional<Failure> compose(String text, WholeTextReader.Decoded decoded, int from, int aliases, int skip,
            Consumer<Document> onDocument) {
        ManifestComposer composer = composer(decoded, from, Integer.MAX_VALUE, aliases);
        int skipped = 0;
        while (true) {
            Node document;
            try {
                if (!composer.checkNode()) {
                    return Optional.empty();
                }
                document = composer.getNode();
            } catch (RuntimeException | StackOverflowError e) {
                return Optional.of(describe(e, composer.lastMark(), text));
            }
            if (!isEmpty(document)) {
                if (skipped < skip) {
                    skipped++;
                } else {
                    onDocument.accept(new Document(document, composer.aliases() > 0));
                }
            }
        }
    }

    /** Composes a single short document, such as the flow mapping of an external comment. */
    static Node composeOne(String text) throws FailureException {
        Node[] first = new Node[1];
        Optional<Failure> failure = forEach(text, document -> {
            if (first[0] == null) {
                first[0] = document.root();
            }
        }, SplitComposing.Split.NEVER);
        if (failure.isPresent()) {
            throw new FailureException(failure.get());
        }
        return first[0];
    }

    /** A checked wrapper for {@link #composeOne}. */
    static final class FailureException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Failure failure;

        FailureException(Failure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }

    static boolean isEmpty(Node document) {
        return document instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
                && (scalar.getValue().isEmpty() || scalar.getValue().equals("~") || scalar.getValue().equals("null"));
    }

    /** What a composing failure tells the user, at its own position or else at {@code near}. */
    static Failure describe(Throwable e, Mark near, String text) {
        if (e instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String problem = marked.getProblem() == null ? String.valueOf(marked.getMessage()) : marked.getProblem();
            String message = problem.startsWith("Global tag is not allowed: ")
                    ? "YAML tag " + shortTag(problem.substring("Global tag is not allowed: ".length()))
                            + " is not allowed"
                    : "YAML syntax error: " + problem.strip();
            return mark == null ? new Failure(message, -1, -1) : new Failure(message, mark.getLine(), mark.getColumn());
        }
        if (e instanceof ReaderException reader) {
            int[] lineColumn = lineColumn(text, reader.getPosition());
            return new Failure(String.format("YAML syntax error: character U+%04X is not allowed", reader.getCodePoint()),
                    lineColumn[0], lineColumn[1]);
        }
        String raw = String.valueOf(e.getMessage());
        String message;
        if (raw.startsWith("Number of aliases")) {
            message = "too many YAML aliases (limit " + MAX_ALIASES + ")";
        } else if (raw.startsWith("Nesting Depth exceeded")) {
            message = "YAML nested too deeply (limit " + MAX_NESTING + " levels)";
        } else if (raw.contains("exceeds the limit")) {
            message = "too large (the limit is 8 MiB)";
        } else if (e instanceof StackOverflowError) {
            message = "YAML nested too deeply";
        } else {
            message = "YAML error: " + raw;
        }
        return near == null ? new Failure(message, -1, -1) : new Failure(message, near.getLine(), near.getColumn());
    }

    /** {@code tag:yaml.org,2002:x} as {@code !!x}, as it was written. */
    static String shortTag(String tag) {
        return Metadata.shown(tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag);
    }

    private static int[] lineColumn(String text, int index) {
        int line = 0;
        int lineStart = 0;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, end)};
    }
}
