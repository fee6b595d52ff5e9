package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.PollDiagram;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.ui.playground.model.PlaygroundModel;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pictures a class vote sends the phones, for every asked step of every bundled demo: before
 * the reveal the asked arrow is drawn as asked and every arrow the stage hides carries no verdict;
 * after it, the asked arrow has the engine's verdict.
 */
class VoteDiagramsTest {
    private static final Pattern ARROW = Pattern.compile(
            "<path class=\"arrow ([a-z]+)\" data-from=\"([^\"]*)\" data-to=\"([^\"]*)\"([^>]*)>");
    private static Content content;
    private final PolicyDrafts drafts = new PolicyDrafts();

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("content"));
        assertFalse(content.hasErrors(), () -> content.errors().toString());
    }

    static Stream<String> demoIds() {
        return new ContentLoader().load(Path.of("content")).demos().stream().map(Demo::id);
    }

    @ParameterizedTest
    @MethodSource("demoIds")
    void everyQuestionsPictureKeepsTheAnswerUntilTheReveal(String demoId) {
        Demo demo = content.demo(demoId).orElseThrow();
        Script script = Script.ofDemo(demo, content.scenario(demo.scenario()).orElseThrow(), drafts);
        PortFilter ports = new PlaygroundModel(drafts, script.workspaceAt(0)).portFilterProperty().get();
        VoteDiagrams diagrams = new VoteDiagrams(script, drafts, ports);
        Spoilers spoilers = new Spoilers(script, drafts, ports);
        int asked = 0;
        for (int i = 0; i < script.steps().size(); i++) {
            if (script.steps().get(i).question().isEmpty()) {
                assertTrue(diagrams.question(i).isEmpty(), "no question, no picture at step " + i);
                continue;
            }
            asked++;
            io.netpoldojo.content.Ask ask = script.steps().get(i).question().get().ask();
            String askedKey = ask.from() + "->" + ask.to();
            Set<String> hidden = spoilers.hiddenAt(i);
            PollDiagram question = diagrams.question(i).orElseThrow();
            for (String svg : new String[] {question.light(), question.dark()}) {
                Map<String, String> arrows = arrows(svg);
                String where = demoId + " step " + (i + 1) + ": ";
                assertEquals("asked", arrows.get(askedKey), where + "the asked arrow is drawn as asked");
                for (String key : hidden) {
                    if (arrows.containsKey(key) && !key.equals(askedKey)) {
                        assertEquals("unrevealed", arrows.get(key), where + key + " would give the answer away");
                    }
                }
                assertFalse(attributesOf(svg, askedKey).contains("data-allowed")
                        || attributesOf(svg, askedKey).contains("data-denied"), where + "no ports of the asked arrow");
            }
            Verdict verdict = script.engineAt(i, drafts).evaluate(ask.from(), ask.to(), ask.port());
            Map<String, String> revealed = arrows(diagrams.answer(i).orElseThrow().light());
            String state = revealed.get(askedKey);
            assertEquals(verdict.allowed(), state.equals("allowed") || state.equals("partly"),
                    demoId + " step " + (i + 1) + ": the revealed picture has the engine's verdict, not " + state);
        }
        assertTrue(asked > 0, demoId + " asks something");
    }

    /** Each arrow's kind ({@code allowed}, {@code asked}, ...) by {@code from->to}. */
    private static Map<String, String> arrows(String svg) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ARROW.matcher(svg);
        while (m.find()) {
            out.put(m.group(2) + "->" + m.group(3), m.group(1));
        }
        return out;
    }

    private static String attributesOf(String svg, String key) {
        Matcher m = ARROW.matcher(svg);
        while (m.find()) {
            if ((m.group(2) + "->" + m.group(3)).equals(key)) {
                return m.group(4);
            }
        }
        return "";
    }
}
