package io.netpoldojo.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.BindAddresses;
import io.netpoldojo.classroom.HeadlessChromium;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.Reveal;
import io.netpoldojo.classroom.RoomSnapshot;
import io.netpoldojo.content.Demo;
import io.netpoldojo.ui.BackgroundTaskRunner;
import io.netpoldojo.ui.FxThread;
import io.netpoldojo.ui.present.DemoVote;
import io.netpoldojo.ui.present.Presentation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The voting page in a real headless Chromium, against the real server, with the teacher's side
 * driven through the stage's own model on the JavaFX thread: join with the PIN, vote, watch the
 * count change on the stage, reload, change the vote, vote again in round 2, lose the network,
 * and see the reveal.
 */
class ClassroomBrowserTest {
    private static final Poll QUESTION = new Poll("microservices/5", "Will backend still reach redis on 6379?",
            List.of("Yes, allowed", "No, denied"));
    private static final Reveal ANSWER = new Reveal(1, "\u2715 No: denied",
            List.of("redis is isolated for ingress by redis-ingress.", "No rule admits backend on 6379/TCP."));

    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner(1);
    private ClassVoteModel model;
    private ChromeDriver browser;
    private WebDriverWait page;

    @BeforeAll
    static void toolkit() throws Exception {
        HeadlessChromium.assumeAvailable();
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        model = new ClassVoteModel(tasks, Platform::runLater, ClassVoteModel.SERVER);
        fx(() -> model.start(BindAddresses.loopback()));
        stage(m -> m.statusProperty().get() == ClassVoteModel.Status.ON, "the vote is on");
        browser = HeadlessChromium.start(390, 844, true);
        page = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (model != null) {
            fx(model::stop);
        }
        tasks.shutdown();
    }

    @Test
    void joinVoteReloadRevoteAndSeeTheReveal() throws Exception {
        browser.get(FxThread.call(() -> model.urlProperty().get()));
        page.until(ExpectedConditions.visibilityOfElementLocated(By.id("pin")));

        type("#pin", wrongPin());
        browser.findElement(By.id("join-button")).click();
        page.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-error"), "not the room's PIN"));
        assertEquals(0, room().joined());

        type("#pin", pin());
        browser.findElement(By.id("join-button")).click();
        page.until(ExpectedConditions.visibilityOfElementLocated(By.id("lobby")));
        stage(m -> joined(m) == 1, "the stage counts the phone that joined");

        fx(() -> model.ask(QUESTION));
        page.until(ExpectedConditions.textToBe(By.id("question-text"), QUESTION.text()));
        assertEquals(List.of("A\nYes, allowed", "B\nNo, denied"), choiceTexts());

        browser.findElement(By.id("choice-0")).click();
        stage(m -> counts(m).equals(List.of(1, 0)), "the stage shows the vote");
        assertEquals("1 of 1 voted", room().votedText());
        page.until(d -> chosen().equals(List.of(0)));
        assertTrue(text("vote-status").startsWith("Your vote: Yes, allowed."), text("vote-status"));

        browser.navigate().refresh();
        page.until(ExpectedConditions.textToBe(By.id("question-text"), QUESTION.text()));
        page.until(d -> chosen().equals(List.of(0)));
        assertFalse(browser.findElement(By.id("join")).isDisplayed(), "a reload does not ask for the PIN again");
        assertEquals(1, room().joined(), "a reload is the same device");

        browser.findElement(By.id("choice-1")).click();
        stage(m -> counts(m).equals(List.of(0, 1)), "a changed vote moves, it is not added");
        assertEquals("1 of 1 voted", room().votedText());

        fx(model::showVotes);
        page.until(d -> text("vote-status").contains("Look at the screen"));
        assertFalse(browser.findElement(By.id("choice-0")).isEnabled(), "closed: no more voting");

        fx(model::secondRound);
        page.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round"), "Round 2"));
        page.until(d -> chosen().isEmpty());
        browser.findElement(By.id("choice-1")).click();
        stage(m -> m.roomProperty().get().map(r -> r.round() == 2 && r.counts().equals(List.of(0, 1))).orElse(false),
                "round 2's vote on the stage");
        assertEquals(List.of(0, 1), room().firstRoundCounts(), "round 1 is kept");

        fx(() -> model.reveal(ANSWER));
        page.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        assertEquals(ANSWER.headline(), text("reveal-headline"));
        assertEquals("You said No, denied: right!", text("reveal-you"));
        assertEquals(ANSWER.explanation(), browser.findElements(By.cssSelector("#reveal-explanation p")).stream()
                .map(WebElement::getText).toList());
        assertTrue(browser.findElement(By.id("choice-1")).getAttribute("class").contains("correct"));
    }

    @Test
    void thePhoneShowsTheQuestionsDiagramWithoutTheAnswerThenWithIt() throws Exception {
        // The microservices demo's first question whose answer is "denied": its own drawing would paint it red.
        DemoVote demo = DemoVote.of("microservices");
        int step = java.util.stream.IntStream.range(0, demo.script().steps().size())
                .filter(i -> demo.script().steps().get(i).question().isPresent() && !demo.verdict(i).allowed())
                .findFirst().orElseThrow();
        Demo.Question q = demo.question(step);
        String pair = "data-from=\"" + q.ask().from() + "\" data-to=\"" + q.ask().to() + "\"";
        Poll poll = new Poll("microservices/" + step, q.text(), Presentation.AskState.YES_NO,
                demo.diagrams().question(step));

        browser.get(FxThread.call(() -> model.urlProperty().get()));
        type("#pin", pin());
        browser.findElement(By.id("join-button")).click();
        page.until(ExpectedConditions.visibilityOfElementLocated(By.id("lobby")));
        fx(() -> model.ask(poll));
        page.until(ExpectedConditions.elementToBeClickable(By.id("choice-0")));
        page.until(d -> diagramLoaded());
        assertEquals(0, room().voted(), "shown before anyone votes");
        String before = diagramMarkup();
        assertTrue(before.contains("<path class=\"arrow asked\" " + pair), "the asked arrow drawn as asked: " + before);
        for (String verdict : List.of("allowed", "denied", "partly")) {
            assertFalse(before.contains("class=\"arrow " + verdict + "\" " + pair), "no verdict before the vote");
        }

        fx(() -> model.reveal(new Reveal(Presentation.AskState.NO, "\u2715 No: denied", List.of("Denied."),
                demo.diagrams().answer(step))));
        page.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        page.until(d -> browser.findElement(By.id("diagram")).getAttribute("src").contains("shows=answer")
                && diagramLoaded());
        assertTrue(diagramMarkup().contains("<path class=\"arrow denied\" " + pair), "the verdict once revealed");
    }

    @Test
    void aPhoneThatLosesTheNetworkComesBackToWhereTheClassIs() throws Exception {
        browser.get(FxThread.call(() -> model.urlProperty().get()));
        type("#pin", pin());
        browser.findElement(By.id("join-button")).click();
        fx(() -> model.ask(QUESTION));
        page.until(ExpectedConditions.elementToBeClickable(By.id("choice-0"))).click();
        stage(m -> counts(m).equals(List.of(1, 0)), "voted");

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        page.until(ExpectedConditions.visibilityOfElementLocated(By.id("connection")));
        fx(() -> model.reveal(ANSWER));

        browser.deleteNetworkConditions();
        page.until(ExpectedConditions.invisibilityOfElementLocated(By.id("connection")));
        page.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
        assertEquals("You said Yes, allowed. The answer is No, denied.", text("reveal-you"));
        assertEquals(1, room().joined());
    }

    @Test
    void whenTheTeacherEndsTheVoteThePhoneSaysSo() throws Exception {
        browser.get(FxThread.call(() -> model.urlProperty().get()));
        type("#pin", pin());
        browser.findElement(By.id("join-button")).click();
        page.until(ExpectedConditions.visibilityOfElementLocated(By.id("lobby")));
        fx(model::stop);
        page.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-error"), "has ended"));
    }

    // ---- the page --------------------------------------------------------------------------------

    private void type(String css, String text) {
        WebElement field = browser.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<String> choiceTexts() {
        return browser.findElements(By.cssSelector("#choices .choice")).stream().map(WebElement::getText).toList();
    }

    /** The choices the page shows as this phone's vote. */
    private List<Integer> chosen() {
        List<WebElement> choices = browser.findElements(By.cssSelector("#choices .choice"));
        return java.util.stream.IntStream.range(0, choices.size())
                .filter(i -> choices.get(i).getAttribute("class").contains("chosen")).boxed().toList();
    }

    /** Whether the page's diagram is on screen and its picture has loaded. */
    private boolean diagramLoaded() {
        WebElement img = browser.findElement(By.id("diagram"));
        Object width = browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
        return img.isDisplayed() && ((Number) width).intValue() > 0;
    }

    /** The markup of the picture the page shows, fetched as the page fetched it (its cookie, its address). */
    private String diagramMarkup() {
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('diagram').src, {credentials: 'same-origin'})"
                + ".then(r => r.text()).then(done, e => done('failed: ' + e));");
    }

    // ---- the stage -------------------------------------------------------------------------------

    private String pin() throws Exception {
        return room().pin();
    }

    private String wrongPin() throws Exception {
        return pin().equals("1234") ? "4321" : "1234";
    }

    private RoomSnapshot room() throws Exception {
        return FxThread.call(() -> model.roomProperty().get()).orElseThrow();
    }

    private static int joined(ClassVoteModel m) {
        return m.roomProperty().get().map(RoomSnapshot::joined).orElse(0);
    }

    private static List<Integer> counts(ClassVoteModel m) {
        return m.roomProperty().get().map(RoomSnapshot::counts).orElse(List.of());
    }

    /** Waits until the stage's model, read on the JavaFX thread, shows {@code what}. */
    private void stage(Predicate<ClassVoteModel> condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> FxThread.call(() -> condition.test(model)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the stage never showed: " + what + "; it shows "
                    + FxThread.call(() -> model.roomProperty().get()), e);
        }
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

}
