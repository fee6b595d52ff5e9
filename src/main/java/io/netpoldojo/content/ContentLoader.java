package io.netpoldojo.content;

import io.netpoldojo.manifest.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Loads and checks everything under a {@code content/} folder, on disk or inside a zip or jar
 * ({@link java.nio.file.FileSystem} paths). It never throws: every problem, an unreadable file
 * included, becomes a diagnostic with the path relative to the folder, e.g.
 * {@code quiz/peers.yaml:42:7: cards[3].answer: index 4 is out of range (4 choices)}.
 *
 * <p>Order matters only for references: recipes and scenarios load first, then lessons (which
 * draw scenarios), then quiz cards (which name lessons and scenarios), explain cards (which
 * share the quiz's card ids) and demos.
 */
public final class ContentLoader {
    public static final String LESSONS = "lessons";
    public static final String QUIZ = "quiz";
    public static final String SCENARIOS = "scenarios";
    public static final String DEMOS = "demos";
    public static final String RECIPES = "recipes";
    public static final String EXPLAIN = "explain";
    /** The folder of the teacher's own demos, in the user's folder ({@link #loadUserDemos}). */
    public static final String USER_DEMOS = "demos";

    private static final long MAX_FILE_BYTES = 1024 * 1024;

    public Content load(Path contentDir) {
        Problems problems = new Problems();
        if (!Files.isDirectory(contentDir)) {
            problems.error(SourcePosition.ofFile(contentDir.toString()), "", "cannot read: not a directory");
            return new Content(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), problems.sorted());
        }
        Reader reader = new Reader(contentDir, problems);

        List<Recipe> recipes = new ArrayList<>();
        RecipeReader recipeReader = new RecipeReader(problems);
        reader.each(RECIPES, (file, text) -> recipeReader.read(file, fileName(file), text).ifPresent(recipes::add));

        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        ScenarioReader scenarioReader = new ScenarioReader(problems);
        reader.each(SCENARIOS, (file, text) -> scenarioReader.read(file, baseName(file), text)
                .ifPresent(s -> scenarios.put(s.id(), s)));

        Map<String, Lesson> lessons = new LinkedHashMap<>();
        LessonReader lessonReader = new LessonReader(problems);
        reader.each(LESSONS, (file, text) -> lessonReader.read(file, fileName(file), text).ifPresent(l -> {
            Lesson earlier = lessons.putIfAbsent(l.id(), l);
            if (earlier != null) {
                problems.error(SourcePosition.ofFile(file), "id", "duplicate lesson id \"" + l.id() + "\" (also "
                        + earlier.file() + ")");
            }
        }));
        lessonReader.checkLinks(lessons);
        for (LessonReader.DiagramRef d : lessonReader.diagrams) {
            if (!scenarios.containsKey(d.scenario())) {
                problems.error(d.file(), d.node(), d.path(), "unknown scenario \"" + d.scenario() + "\"");
            }
        }
        checkLessonOrder(lessons, problems);

        List<Card> cards = new ArrayList<>();
        CardReader cardReader = new CardReader(problems, lessons, scenarios);
        reader.each(QUIZ, (file, text) -> cards.addAll(cardReader.read(file, text)));

        Map<String, SourcePosition> cardIds = new LinkedHashMap<>();
        cards.forEach(c -> cardIds.putIfAbsent(c.id(), c.position()));
        List<Card> explainCards = new ArrayList<>();
        ExplainReader explainReader = new ExplainReader(problems, lessons, cardIds);
        reader.each(EXPLAIN, (file, text) -> explainReader.read(file, baseName(file), text).ifPresent(explainCards::add));

        List<Demo> demos = new ArrayList<>();
        DemoReader demoReader = new DemoReader(problems, scenarios);
        reader.each(DEMOS, (file, text) -> demoReader.read(file, baseName(file), text).ifPresent(demos::add));
        demos.sort(Demo.COURSE_ORDER);

        List<Lesson> ordered = new ArrayList<>(lessons.values());
        ordered.sort(Comparator.comparingInt(Lesson::order));
        return new Content(ordered, cards, explainCards, List.copyOf(scenarios.values()), demos, recipes,
                problems.sorted());
    }

    /**
     * A teacher's own demos, kept beside the app's: {@code <folder>/demos/<id>.yaml}, each over a
     * scenario of the app's or one of {@code <folder>/demos/scenarios/<id>.yaml} (where a recorded
     * Playground session keeps its canvas). Checked exactly as the app's demos are; a file with
     * problems is left out, and its problems come back with the path relative to {@code folder}
     * ({@code demos/mine.yaml:12:9: steps[2].apply: ...}). A name the app's content already uses
     * is a problem too, so a user file never stands in for a built-in one.
     */
    public UserDemos loadUserDemos(Path folder, List<Scenario> builtInScenarios, List<Demo> builtInDemos) {
        Problems problems = new Problems();
        Reader reader = new Reader(folder, problems);
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        builtInScenarios.forEach(s -> scenarios.put(s.id(), s));
        List<Scenario> own = new ArrayList<>();
        ScenarioReader scenarioReader = new ScenarioReader(problems);
        reader.each(USER_DEMOS + "/" + SCENARIOS, (file, text) -> scenarioReader.read(file, baseName(file), text)
                .ifPresent(s -> {
                    if (scenarios.putIfAbsent(s.id(), s) == null) {
                        own.add(s);
                    } else {
                        problems.error(SourcePosition.ofFile(file), "metadata.name", "the app already has a scenario"
                                + " named \"" + s.id() + "\": rename this file and its metadata.name");
                    }
                }));
        List<Demo> demos = new ArrayList<>();
        DemoReader demoReader = new DemoReader(problems, scenarios);
        reader.each(USER_DEMOS, (file, text) -> demoReader.read(file, baseName(file), text).ifPresent(d -> {
            if (builtInDemos.stream().anyMatch(b -> b.id().equals(d.id()))) {
                problems.error(SourcePosition.ofFile(file), "id", "the app already has a demo with id \"" + d.id()
                        + "\": rename this file and its id");
            } else {
                demos.add(d);
            }
        }));
        demos.sort(Demo.COURSE_ORDER);
        return new UserDemos(demos, own, problems.sorted());
    }

    private static void checkLessonOrder(Map<String, Lesson> lessons, Problems problems) {
        Map<Integer, Lesson> byOrder = new LinkedHashMap<>();
        for (Lesson l : lessons.values()) {
            Lesson earlier = byOrder.putIfAbsent(l.order(), l);
            if (earlier != null) {
                problems.error(SourcePosition.ofFile(l.file()), "order", "lesson number " + l.order()
                        + " is also used by " + earlier.file());
            }
        }
    }

    private static String fileName(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    private static String baseName(String relative) {
        String name = fileName(relative);
        return name.substring(0, name.length() - ".yaml".length());
    }

    /** Walks one content folder's {@code .yaml} files in name order and hands each one's text on. */
    private static final class Reader {
        private final Path root;
        private final Problems problems;

        Reader(Path root, Problems problems) {
            this.root = root;
            this.problems = problems;
        }

        void each(String folder, BiConsumer<String, String> handle) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                return;
            }
            List<Path> paths;
            try (Stream<Path> s = Files.list(dir)) {
                paths = s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            } catch (IOException e) {
                problems.error(SourcePosition.ofFile(folder), "", "cannot list: " + e.getMessage());
                return;
            }
            for (Path p : paths) {
                String relative = relative(p);
                String name = p.getFileName().toString();
                if (name.endsWith(".yml")) {
                    problems.add(io.netpoldojo.manifest.Diagnostic.warning(SourcePosition.ofFile(relative), "",
                            "ignored: content files end in .yaml"));
                }
                if (!name.endsWith(".yaml")) {
                    continue;
                }
                read(p, relative).ifPresent(text -> {
                    try {
                        handle.accept(relative, text);
                    } catch (RuntimeException e) {
                        // A loader bug must not hide the rest of the content; show it at the file.
                        problems.error(SourcePosition.ofFile(relative), "", "internal error while loading: " + e);
                    }
                });
            }
        }

        private Optional<String> read(Path p, String relative) {
            try {
                if (Files.size(p) > MAX_FILE_BYTES) {
                    problems.error(SourcePosition.ofFile(relative), "", "too large (the limit is 1 MiB)");
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(p);
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException e) {
                problems.error(SourcePosition.ofFile(relative), "", "not UTF-8 text");
            } catch (IOException e) {
                problems.error(SourcePosition.ofFile(relative), "", "cannot read: " + e.getMessage());
            }
            return Optional.empty();
        }

        /** The path relative to the content folder, with "/" whatever the file system uses. */
        private String relative(Path p) {
            String sep = p.getFileSystem().getSeparator();
            return root.relativize(p).toString().replace(sep, "/");
        }
    }
}
