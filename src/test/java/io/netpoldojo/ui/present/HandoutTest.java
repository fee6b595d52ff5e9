package io.netpoldojo.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.HeadlessChromium;
import io.netpoldojo.content.Content;
import io.netpoldojo.content.ContentLoader;
import io.netpoldojo.content.Demo;
import io.netpoldojo.content.Scenario;
import io.netpoldojo.engine.Engine;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.ui.AppContext;
import io.netpoldojo.ui.TestWindows;
import io.netpoldojo.workspace.PolicyDrafts;
import java.awt.image.BufferedImage;
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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A demo's handout, as a teacher saves it from the list of demos and a student opens it: one page
 * with every step, its picture, its YAML and each question with the engine's answer.
 */
@ExtendWith(ApplicationExtension.class)
class HandoutTest {
    private static final Pattern IMAGE = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static Content content;
    private Path home;
    private AppContext context;
    private PresentPlace place;

    @BeforeAll
    static void loadContent() {
        content = new ContentLoader().load(Path.of("content"));
    }

    @Start
    void start(Stage stage) {
        TestWindows.resetUserAgentStylesheet();
        home = TestWindows.newHome();
        TestWindows.open(home, ctx -> {
            context = ctx;
            ctx.content().set(content);
        });
        place = (PresentPlace) context.places().find(PresentPlace.ID).orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        TestWindows.resetUserAgentStylesheet();
        TestWindows.delete(home);
    }

    @Test
    void everyStepWithItsPictureYamlAndTheEnginesAnswer() {
        Demo demo = content.demo("and-vs-or").orElseThrow();
        Scenario scenario = content.scenario(demo.scenario()).orElseThrow();
        PolicyDrafts drafts = new PolicyDrafts();
        Script script = Script.ofDemo(demo, scenario, drafts);
        String html = Handout.html(script, drafts, i -> Optional.of(new byte[] {(byte) i}));

        assertEquals(demo.steps().size(), count(html, "<section class=\"step\""));
        assertEquals(demo.steps().size(), count(html, "<img src=\"data:image/png;base64,"));
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
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertEquals(HandoutPictures.WIDTH, image.getWidth());
            assertEquals(HandoutPictures.HEIGHT, image.getHeight());
            assertTrue(colours(image) > 20, "a drawing, not a blank page");
            pictures.add(m.group(1));
        }
        assertEquals(content.demo("and-vs-or").orElseThrow().steps().size(), pictures.size());
        // Step 2 applies and-one-peer: three of the four arrows into the db turn from allowed to
        // denied, so its picture differs from the open network's (the arrows are drawn, not only the cards).
        assertFalse(pictures.get(0).equals(pictures.get(1)), "step 2's arrows are not step 1's");
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
                Object width = browser.executeScript("const img = arguments[0];"
                        + " return img.complete ? img.naturalWidth : -1;", steps.get(i).findElement(By.tagName("img")));
                assertEquals((long) HandoutPictures.WIDTH, width, "step " + (i + 1) + "'s picture loads");
            }
            long asked = demo.steps().stream().filter(s -> s.question().isPresent()).count();
            List<WebElement> answers = browser.findElements(By.cssSelector(".question .answer"));
            assertEquals(asked, answers.size());
            assertTrue(answers.stream().allMatch(a -> a.isDisplayed() && a.getText().matches("[\u2713\u2715] (Yes: allowed|No: denied)")));
        } finally {
            browser.quit();
        }
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
