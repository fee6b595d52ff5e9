package io.netpoldojo.cli;

import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Lesson;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.content.Section;
import io.netpoldojo.diagram.Drawing;
import io.netpoldojo.diagram.PngWriter;
import io.netpoldojo.diagram.SvgWriter;
import io.netpoldojo.diagram.Theme;
import io.netpoldojo.workspace.AutoLayout;
import io.netpoldojo.workspace.Drawings;
import io.netpoldojo.workspace.PortFilter;
import io.netpoldojo.workspace.ScenarioFiles;
import io.netpoldojo.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code render}: draws a scenario (as File > Open lays it out) or a lesson's diagram (as Learn
 * lays it out) to SVG or PNG, for slides, handouts and tests, without a screen. The picture has
 * the app's places, lines and theme colours; the SVG is semantic (see {@link SvgWriter}).
 */
final class RenderCommand {
    private static final int MAX_WIDTH = 16_384;
    private static final long MAX_FILE_BYTES = 10_000_000;

    private final PrintStream out;
    private final PrintStream err;

    RenderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> argList) throws UsageException {
        List<String> normalised = new ArrayList<>();
        for (String a : argList) {
            normalised.add(a.equals("-o") ? "--output" : a);
        }
        Args args = Args.parse(normalised, Set.of("format", "theme", "width", "step", "scenario", "lesson", "diagram",
                "content", "output"), Set.of());
        if (!args.positionals().isEmpty()) {
            throw new UsageException("unexpected \"" + args.positionals().get(0) + "\"; give --scenario FILE or --lesson ID");
        }
        Path output = Path.of(args.one("output").orElseThrow(() -> new UsageException("give the picture's file with -o OUT")));
        String format = args.one("format").orElseGet(() -> output.toString().toLowerCase(Locale.ROOT).endsWith(".png")
                ? "png" : "svg");
        if (!format.equals("svg") && !format.equals("png")) {
            throw new UsageException("--format is svg or png, not \"" + format + "\"");
        }
        String themeName = args.one("theme").orElse("light");
        if (!themeName.equals("light") && !themeName.equals("dark")) {
            throw new UsageException("--theme is light or dark, not \"" + themeName + "\"");
        }
        Optional<String> scenarioFile = args.one("scenario");
        Optional<String> lesson = args.one("lesson");
        if (scenarioFile.isPresent() == lesson.isPresent()) {
            throw new UsageException("give either --scenario FILE or --lesson ID");
        }
        if (scenarioFile.isPresent() && (args.one("diagram").isPresent() || args.one("content").isPresent())) {
            throw new UsageException("--diagram and --content go with --lesson");
        }
        Workspace ws = scenarioFile.isPresent() ? scenario(Path.of(scenarioFile.get())) : lessonDiagram(lesson.get(),
                args.intValue("diagram", 1, 1, 1000), Path.of(args.one("content").orElse("content")));
        int steps = Drawings.steps(ws);
        int step = args.intValue("step", steps, 0, Integer.MAX_VALUE);
        if (step > steps) {
            throw new UsageException("--step " + step + ": this diagram has " + steps + " polic"
                    + (steps == 1 ? "y" : "ies") + " to apply (0 to " + steps + ")");
        }
        Drawing drawing = Drawings.at(ws, step, PortFilter.OWN_PORTS);
        int width = args.intValue("width", (int) Math.ceil(drawing.width()), 16, MAX_WIDTH);
        double scale = width / drawing.width();
        // A picture is painted without a screen: never a window, even where there is a display.
        System.setProperty("java.awt.headless", "true");
        Theme theme = Theme.load(themeName);
        byte[] bytes = format.equals("svg") ? new SvgWriter(theme, scale).write(drawing).getBytes(StandardCharsets.UTF_8)
                : new PngWriter(theme, scale).write(drawing);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new UsageException("cannot write " + output + ": " + parent + " is not a folder");
            }
            Files.write(output, bytes);
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
        out.printf(Locale.ROOT, "%s: %d x %d %s, %d arrows, %d of %d policies applied%n", output, width,
                (int) Math.ceil(drawing.height() * scale), format.toUpperCase(Locale.ROOT), drawing.arrows().size(),
                step, steps);
        return Cli.OK;
    }

    /** A scenario or Playground file as File > Open shows it: its own layout, or the one laid out for it. */
    private Workspace scenario(Path file) throws UsageException {
        String text = readText(file);
        ScenarioFiles.Opened opened = new ScenarioFiles().read(file.toString(), text);
        if (opened.workspace().isEmpty()) {
            opened.diagnostics().forEach(err::println);
            throw new UsageException(file + " does not open as a scenario (see above)");
        }
        return opened.workspace().get();
    }

    /** A file's text, refusing what is not a plain file (a folder, a FIFO would never end) or not UTF-8. */
    private static String readText(Path file) throws UsageException {
        try {
            if (!Files.exists(file)) {
                throw new UsageException("cannot read " + file + ": no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new UsageException("cannot read " + file + ": not a regular file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UsageException("cannot read " + file + ": larger than " + MAX_FILE_BYTES / 1_000_000 + " MB");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException("cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The K-th diagram of a lesson, laid out as Learn lays it out. */
    private Workspace lessonDiagram(String lessonId, int k, Path contentDir) throws UsageException {
        if (!Files.isDirectory(contentDir)) {
            throw new UsageException(contentDir + " is not a content folder (give it with --content DIR)");
        }
        Content content = new ContentLoader().load(contentDir);
        if (content.hasErrors()) {
            content.errors().forEach(err::println);
            throw new UsageException("the content in " + contentDir + " has errors (see above)");
        }
        Lesson lesson = content.lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> new UsageException("no lesson \"" + lessonId + "\" in " + contentDir + "; lessons: "
                        + String.join(", ", content.lessons().stream().map(Lesson::id).toList())));
        List<Section.Diagram> diagrams = lesson.sections().stream().filter(s -> s instanceof Section.Diagram)
                .map(Section.Diagram.class::cast).toList();
        if (diagrams.isEmpty()) {
            throw new UsageException("lesson \"" + lessonId + "\" has no diagram");
        }
        if (k > diagrams.size()) {
            throw new UsageException("--diagram " + k + ": lesson \"" + lessonId + "\" has " + diagrams.size()
                    + " diagram" + (diagrams.size() == 1 ? "" : "s"));
        }
        Scenario scenario = content.scenario(diagrams.get(k - 1).scenario()).orElseThrow(
                () -> new UsageException("the diagram's scenario is missing"));
        return AutoLayout.forLesson(new ScenarioFiles().read(scenario.id() + ".yaml", scenario.yaml()));
    }
}
