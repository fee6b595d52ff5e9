package io.netpoldojo.screenshots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.ClassroomServer;
import io.netpoldojo.classroom.HeadlessChromium;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.Reveal;
import io.netpoldojo.classroom.Room;
import io.netpoldojo.classroom.ServerLimits;
import io.netpoldojo.classroom.Tokens;
import io.netpoldojo.content.Demo;
import io.netpoldojo.engine.Verdict;
import io.netpoldojo.ui.present.DemoVote;
import io.netpoldojo.ui.present.Presentation;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The voting page as a phone shows it (390 x 844 CSS pixels at twice the density), taken in the
 * headless Chromium the browser tests use: {@code screenshots/classroom-phone-*.png}. Regenerate with
 * {@code ./mvnw test -Dtest='Classroom*ScreenshotsTest' -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ClassroomPhoneScreenshotsTest {
    /** The microservices demo's question on the frontend's egress, with the diagrams a class vote sends. */
    private static final int STEP = 2;

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void aPhoneVotingAndThenSeeingTheAnswer(String theme) throws Exception {
        HeadlessChromium.assumeAvailable();
        DemoVote demo = DemoVote.of("microservices");
        Demo.Question question = demo.question(STEP);
        Verdict verdict = demo.verdict(STEP);
        Room room = new Room(Tokens.secure());
        ClassroomServer server = ClassroomServer.start(room, InetAddress.getLoopbackAddress(), 0,
                ServerLimits.CLASSROOM);
        ChromeDriver phone = HeadlessChromium.start(390, 844, true, theme.equals("dark"));
        try {
            WebDriverWait page = new WebDriverWait(phone, Duration.ofSeconds(15));
            phone.get(server.url().toString());
            page.until(ExpectedConditions.visibilityOfElementLocated(By.id("pin")));
            phone.findElement(By.id("pin")).sendKeys(room.pin());
            shoot(phone, "classroom-phone-join-" + theme);
            phone.findElement(By.id("join-button")).click();
            page.until(ExpectedConditions.visibilityOfElementLocated(By.id("lobby")));
            room.ask(new Poll("microservices/" + STEP, question.text(), Presentation.AskState.YES_NO,
                    demo.diagrams().question(STEP)));
            page.until(ExpectedConditions.elementToBeClickable(By.id("choice-0"))).click();
            page.until(d -> d.findElement(By.id("choice-0")).getAttribute("class").contains("chosen"));
            page.until(d -> loaded(phone));
            shoot(phone, "classroom-phone-question-" + theme);
            phone.findElement(By.id("diagram-zoom")).click();
            page.until(d -> d.findElement(By.id("diagram-zoom")).getText().equals("Fit to the screen"));
            shoot(phone, "classroom-phone-question-enlarged-" + theme);
            phone.findElement(By.id("diagram-zoom")).click();
            room.reveal(new Reveal(verdict.allowed() ? Presentation.AskState.YES : Presentation.AskState.NO,
                    verdict.allowed() ? "\u2713 Yes: allowed" : "\u2715 No: denied", verdict.sentences(),
                    demo.diagrams().answer(STEP)));
            page.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
            page.until(d -> d.findElement(By.id("diagram")).getAttribute("src").contains("shows=answer") && loaded(phone));
            shoot(phone, "classroom-phone-reveal-" + theme);
        } finally {
            phone.quit();
            server.stop();
        }
    }

    private static boolean loaded(ChromeDriver phone) {
        Object width = phone.executeScript("const i = document.getElementById('diagram');"
                + " return i.complete ? i.naturalWidth : 0;");
        return ((Number) width).intValue() > 0;
    }

    private static void shoot(ChromeDriver phone, String name) throws Exception {
        Path file = Shots.OUT.resolve(name + ".png");
        Files.write(file, phone.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(file) > 10_000, "a picture with something on it: " + file);
    }
}
