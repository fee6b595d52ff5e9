package io.netpoldojo.screenshots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netpoldojo.classroom.ClassroomServer;
import io.netpoldojo.classroom.HeadlessChromium;
import io.netpoldojo.classroom.Poll;
import io.netpoldojo.classroom.Reveal;
import io.netpoldojo.classroom.Room;
import io.netpoldojo.classroom.ServerLimits;
import io.netpoldojo.classroom.Tokens;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    private static final Poll QUESTION = new Poll("microservices/ask-1",
            "default-deny-all is in force. Will frontend still reach backend on 8080?",
            List.of("Yes, allowed", "No, denied"));

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void aPhoneVotingAndThenSeeingTheAnswer(String theme) throws Exception {
        HeadlessChromium.assumeAvailable();
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
            room.ask(QUESTION);
            page.until(ExpectedConditions.elementToBeClickable(By.id("choice-0"))).click();
            page.until(d -> d.findElement(By.id("choice-0")).getAttribute("class").contains("chosen"));
            shoot(phone, "classroom-phone-question-" + theme);
            room.reveal(new Reveal(1, "\u2715 No: denied", List.of(
                    "frontend is isolated for egress by default-deny-all; no egress rule of it allows traffic to"
                            + " backend on 8080/TCP.",
                    "backend is isolated for ingress by default-deny-all; no ingress rule of it admits frontend on"
                            + " 8080/TCP.",
                    "Denied on both sides: frontend's egress and backend's ingress.")));
            page.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal")));
            shoot(phone, "classroom-phone-reveal-" + theme);
        } finally {
            phone.quit();
            server.stop();
        }
    }

    private static void shoot(ChromeDriver phone, String name) throws Exception {
        Path file = Shots.OUT.resolve(name + ".png");
        Files.write(file, phone.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(file) > 10_000, "a picture with something on it: " + file);
    }
}
