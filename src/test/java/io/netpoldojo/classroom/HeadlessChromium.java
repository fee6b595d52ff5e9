package io.netpoldojo.classroom;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless, for the voting page's browser tests.
 *
 * <p>Whether the tests may skip: {@code -Dbrowser.tests=required} (what {@code .ci/run} passes, and
 * the default whenever the {@code CI} variable is set) fails them when Chromium is missing, so CI can
 * never pass without running them; {@code -Dbrowser.tests=skip} skips them; otherwise a machine
 * without Chromium skips them with a message saying how to install it.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private HeadlessChromium() {}

    /** Aborts (skips) or fails the calling test when Chromium cannot run here, as the policy above says. */
    public static void assumeAvailable() {
        String mode = System.getProperty("browser.tests", System.getenv("CI") != null ? "required" : "auto");
        Assumptions.assumeFalse(mode.equals("skip"), "browser tests skipped (-Dbrowser.tests=skip)");
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(DRIVER) ? DRIVER.toString() : "";
        if (missing.isEmpty()) {
            return;
        }
        String why = missing + " is not installed: the voting page's browser tests need Debian's chromium and"
                + " chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)";
        if (mode.equals("required")) {
            fail(why + ". They are required here (-Dbrowser.tests=required or CI set).");
        }
        System.err.println("SKIPPED browser tests: " + why);
        Assumptions.abort(why);
    }

    /**
     * Starts a headless Chromium with a new, empty profile.
     *
     * @param width  the window's CSS width; with {@code phone}, the emulated phone's
     * @param phone  emulate a phone (touch, device pixel ratio 2) instead of a desktop window
     */
    public static ChromeDriver start(int width, int height, boolean phone) throws IOException {
        return start(width, height, phone, false);
    }

    /** @param dark the page sees {@code prefers-color-scheme: dark}, as on a phone in dark mode */
    public static ChromeDriver start(int width, int height, boolean phone, boolean dark) throws IOException {
        Path profile = Files.createTempDirectory("dojo-chromium-");
        profile.toFile().deleteOnExit();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Root in CI needs --no-sandbox; the rest keep Chromium off the (closed) network and quiet.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        if (dark) {
            options.addArguments("--force-dark-mode");
        }
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
