package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.HeadlessChromium;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.ui.WindowFixture;
import io.netpoldojo.workspace.ConnectionMap;
import io.netpoldojo.workspace.PolicyDrafts;
import io.netpoldojo.workspace.PortFilter;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A demo's handout, as a teacher saves it from the list of demos and a student opens it: one page
 * with every step, its picture, its YAML and each question with the engine's answer.
 */
class HandoutTest extends WindowFixture {
    private static final Pattern IMAGE = Pattern.compile("<figure class=\"(asked|shown|revealed)\"><img src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"");
    private PresentPlace place;

    @Start
    void start(Stage stage) {
        openWithContent();
        place = (PresentPlace) context.places().find(PresentPlace.ID).orElseThrow();
    }

    @Test
    void everyStepWithItsPictureYamlAndTheEnginesAnswer() {
        Demo demo = content.demo("and-vs-or").orElseThrow();
        Scenario scenario = content.scenario(demo.scenario()).orElseThrow();
        PolicyDrafts drafts = new PolicyDrafts();
        Script script = Script.ofDemo(demo, scenario, drafts);
        String html = Handout.html(script, drafts);

        assertEquals(demo.steps().size(), count(html, "<section class=\"step\""));
        long asked = demo.steps().stream().filter(st -> st.question().isPresent()).count();
        assertEquals(demo.steps().size() + asked, count(html, "<img src=\"data:image/svg+xml;base64,"),
                "a picture a step, and a second for each question: asked, then revealed");
        for (int i = 0; i < demo.steps().size(); i++) {
            Demo.DemoStep step = demo.steps().get(i);
            assertTrue(html.contains("</span> " + Handout.esc(step.title()) + "</h2>"), step.title());
            assertTrue(html.contains(Handout.esc(step.narration())), "the notes of " + step.title());
            if (step.question().isPresent()) {
                Demo.Question q = step.question().get();
                Verdict v = new Engine(demo.clusterAfterStep(scenario, i))
                        .evaluate(q.ask().from(), q.ask().to(), q.ask().port());
                String section = html.substring(html.indexOf("id=\"step-" + (i + 1) + "\""));
                section = section.substring(0, section.indexOf("</section>"));
                assertTrue(section.contains(Handout.esc(q.text())), q.text());
                assertTrue(section.contains(v.allowed() ? "\u2713 Yes: allowed" : "\u2715 No: denied"),
                        step.title() + ": the engine's answer");
                for (String sentence : v.sentences()) {
                    assertTrue(section.contains("<li>" + Handout.esc(sentence) + "</li>"), sentence);
                }
            }
        }
        // The one dash, as the class must read it: the YAML of the step that swaps the policies.
        String swap = html.substring(html.indexOf("id=\"step-4\""));
        assertTrue(swap.contains("<p class=\"change\">Applies or-two-peers. Removes and-one-peer.</p>"), swap);
        assertTrue(swap.contains("    - podSelector:"), "two peers: a dash before podSelector");
    }

    @Test
    void whatTheContentSaysIsTextNotMarkup() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Handout.esc("a <b> & \"c\" 'd'"));
    }

    @Test
    void theTeacherSavesItFromTheListAndEachPictureIsTheCanvasOfItsStep(FxRobot robot) throws Exception {
        Path file = home.resolve("out").resolve("and-vs-or.html");
        Files.createDirectories(file.getParent());
        List<String> suggested = new ArrayList<>();
        place.useHandoutFile(name -> {
            suggested.add(name);
            return Optional.of(file);
        });
        PresentWaits.openPresent(robot);
        PresentWaits.clickWhenShown(robot, "#present-handout-and-vs-or");
        PresentWaits.until(() -> Files.exists(file), "the handout is written");
        assertEquals(List.of("and-vs-or-handout.html"), suggested);
        PresentWaits.until(() -> robot.lookup("#present-catalog-problem").queryAs(Label.class).getText()
                .startsWith("Saved the handout of"), "the list says where it went");
        assertTrue(robot.lookup("#present-stage").tryQuery().isEmpty(), "saving a handout starts nothing");

        String html = Files.readString(file);
        Matcher m = IMAGE.matcher(html);
        List<String> pictures = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).equals("revealed")) {
                pictures.add(new String(Base64.getDecoder().decode(m.group(2)), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertEquals(content.demo("and-vs-or").orElseThrow().steps().size(), pictures.size());
        // Step 2 applies and-one-peer: three of the four arrows into the db turn from allowed to
        // denied, so its picture differs from the open network's (the arrows are drawn, not only the cards).
        assertTrue(pictures.get(0).contains("class=\"arrow allowed"), "the open network's arrows are drawn");
        assertFalse(pictures.get(0).equals(pictures.get(1)), "step 2's arrows are not step 1's");
    }

    /**
     * Every picture of every demo's handout is the stage's drawing of its step through the diagram
     * export: its cards, and each arrow with the engine's verdict as the class; the cards and arrows
     * the step points at and the arrows it changed marked; and for a question, a first picture
     * where the asked arrow and every arrow the stage hides before the reveal carry no verdict at
     * all, then the revealed one with the asked arrow marked.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("demoIds")
    void eachPictureIsTheStagesDrawingOfItsStepWithItsMarks(String demoId) throws Exception {
        Demo demo = content.demo(demoId).orElseThrow();
        PolicyDrafts drafts = new PolicyDrafts();
        Script script = Script.ofDemo(demo, content.scenario(demo.scenario()).orElseThrow(), drafts);
        String html = Handout.html(script, drafts);
        Spoilers spoilers = new Spoilers(script, drafts, PortFilter.OWN_PORTS);
        for (int i = 0; i < script.steps().size(); i++) {
            Script.Step step = script.steps().get(i);
            String section = html.substring(html.indexOf("id=\"step-" + (i + 1) + "\""));
            section = section.substring(0, section.indexOf("</section>"));
            java.util.Map<String, SvgPicture> pictures = new java.util.HashMap<>();
            Matcher m = IMAGE.matcher(section);
            while (m.find()) {
                pictures.put(m.group(1), SvgPicture.parse(Base64.getDecoder().decode(m.group(2))));
            }
            String where = demoId + " step " + (i + 1);
            assertEquals(step.question().isPresent() ? Set.of("asked", "revealed") : Set.of("shown"), pictures.keySet(), where);
            ConnectionMap connections = ConnectionMap.compute(script.engineAt(i, drafts), PortFilter.OWN_PORTS);
            Set<String> changed = Set.copyOf(spoilers.changeAt(i).changed());
            SvgPicture shown = pictures.getOrDefault("shown", pictures.get("revealed"));
            assertEquals(script.workspaceAt(i).endpoints().stream().map(e -> e.id()).collect(java.util.stream.Collectors.toSet()),
                    shown.endpoints().keySet(), where + ": the cards");
            assertEquals(connections.all().stream().map(c -> c.key()).collect(java.util.stream.Collectors.toSet()),
                    shown.arrows().keySet(), where + ": the arrows");
            for (var c : connections.all()) {
                Set<String> classes = shown.arrows().get(c.key());
                String verdict = switch (c.state()) {
                    case ALLOWED -> "allowed";
                    case PARTLY_ALLOWED -> "partly";
                    case DENIED -> "denied";
                };
                assertTrue(classes.contains(verdict), where + ": " + c.key() + " is " + c.state() + ", drawn " + classes);
                assertEquals(changed.contains(c.key()), classes.contains("changed"), where + ": " + c.key() + " changed");
            }
            Set<String> pointedAt = new HashSet<>(step.highlight());
            step.question().ifPresent(q -> pointedAt.addAll(List.of(q.ask().from(), q.ask().to())));
            for (var e : shown.endpoints().entrySet()) {
                assertEquals(pointedAt.contains(e.getKey()), e.getValue().contains("highlight"), where + ": card " + e.getKey());
            }
            for (Demo.Arrow a : step.highlightArrows()) {
                assertTrue(shown.arrows().get(a.from() + "->" + a.to()).contains("highlight"), where + ": " + a + " pointed at");
            }
            if (step.question().isEmpty()) {
                continue;
            }
            Demo.Question q = step.question().get();
            String askedKey = q.ask().from() + "->" + q.ask().to();
            assertTrue(shown.arrows().get(askedKey).contains("highlight"), where + ": the asked arrow marked once revealed");
            SvgPicture asked = pictures.get("asked");
            Set<String> hidden = spoilers.hiddenAt(i);
            assertTrue(hidden.contains(askedKey) && hidden.containsAll(changed), where + ": the stage hides " + hidden);
            for (var a : asked.arrows().entrySet()) {
                Set<String> classes = a.getValue();
                boolean secret = hidden.contains(a.getKey());
                boolean verdict = classes.contains("allowed") || classes.contains("denied") || classes.contains("partly");
                assertEquals(!secret, verdict, where + ", asked: " + a.getKey() + " drawn " + classes);
                assertFalse(secret && (classes.contains("changed") || classes.contains("highlight")
                        || asked.ports().contains(a.getKey())), where + ", asked: " + a.getKey() + " tells nothing: " + classes);
            }
            assertEquals(Set.of("arrow", "asked"), asked.arrows().get(askedKey), where + ": the asked arrow, as asked");
        }
    }

    static java.util.stream.Stream<String> demoIds() {
        return new ContentLoader().load(Path.of("content")).demos().stream().map(Demo::id);
    }

    /** An SVG of the diagram export, read back: each card's and each arrow's classes, and the arrows that name their ports. */
    private record SvgPicture(java.util.Map<String, Set<String>> endpoints, java.util.Map<String, Set<String>> arrows,
                              Set<String> ports) {
        static SvgPicture parse(byte[] svg) throws Exception {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
            java.util.Map<String, Set<String>> endpoints = new java.util.HashMap<>();
            var groups = doc.getElementsByTagName("g");
            for (int i = 0; i < groups.getLength(); i++) {
                var g = (org.w3c.dom.Element) groups.item(i);
                Set<String> classes = Set.of(g.getAttribute("class").split(" "));
                if (classes.contains("endpoint")) {
                    endpoints.put(g.getAttribute("data-id"), classes);
                }
            }
            java.util.Map<String, Set<String>> arrows = new java.util.HashMap<>();
            Set<String> ports = new HashSet<>();
            var paths = doc.getElementsByTagName("path");
            for (int i = 0; i < paths.getLength(); i++) {
                var p = (org.w3c.dom.Element) paths.item(i);
                Set<String> classes = Set.of(p.getAttribute("class").split(" "));
                if (classes.contains("arrow")) {
                    String key = p.getAttribute("data-from") + "->" + p.getAttribute("data-to");
                    assertFalse(arrows.containsKey(key), "one arrow a pair: " + key);
                    arrows.put(key, classes);
                    if (p.hasAttribute("data-allowed") || p.hasAttribute("data-denied")) {
                        ports.add(key);
                    }
                }
            }
            return new SvgPicture(endpoints, arrows, ports);
        }
    }

    @Test
    void aBrowserShowsEveryStepWithItsPicture(FxRobot robot) throws Exception {
        HeadlessChromium.assumeAvailable();
        Path file = home.resolve("stars.html");
        place.useHandoutFile(name -> Optional.of(file));
        PresentWaits.openPresent(robot);
        PresentWaits.clickWhenShown(robot, "#present-handout-stars");
        PresentWaits.until(() -> Files.exists(file), "the handout is written");
        Demo demo = content.demo("stars").orElseThrow();
        ChromeDriver browser = HeadlessChromium.start(1024, 768, false);
        try {
            browser.get(file.toUri().toString());
            assertEquals(demo.title() + " \u2014 handout", browser.getTitle());
            List<WebElement> steps = browser.findElements(By.cssSelector("section.step"));
            assertEquals(demo.steps().size(), steps.size());
            for (int i = 0; i < steps.size(); i++) {
                assertEquals((i + 1) + " " + demo.steps().get(i).title(), steps.get(i).findElement(By.tagName("h2")).getText());
                for (WebElement img : steps.get(i).findElements(By.tagName("img"))) {
                    Object width = browser.executeScript("const img = arguments[0];"
                            + " return img.complete ? img.naturalWidth : -1;", img);
                    assertTrue(((Number) width).longValue() > 300, "step " + (i + 1) + "'s picture loads: " + width);
                }
            }
            long asked = demo.steps().stream().filter(s -> s.question().isPresent()).count();
            List<WebElement> answers = browser.findElements(By.cssSelector(".question .answer"));
            assertEquals(asked, answers.size());
            assertTrue(answers.stream().allMatch(a -> a.isDisplayed() && a.getText().matches("[\u2713\u2715] (Yes: allowed|No: denied)")));
        } finally {
            browser.quit();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
