package io.corroborate.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver (never one Selenium downloads).
 * Without them the browser tests are skipped with a message, except under {@code CORROBORATE_CI=1},
 * where they fail.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** Skips (or, in CI, fails) the calling test class when Chromium is not installed. */
  static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (present) {
      return;
    }
    String message =
        "browser tests SKIPPED: "
            + CHROMIUM
            + " or "
            + DRIVER
            + " is missing (apt-get install chromium chromium-driver)";
    System.err.println(message);
    if ("1".equals(System.getenv("CORROBORATE_CI"))) {
      Assertions.fail(message + "; CORROBORATE_CI=1 requires them");
    }
    Assumptions.abort(message);
  }

  /** A fresh headless browser with its own profile directory. */
  static ChromeDriver start() {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    try {
      Path profile = TempTrees.deletedOnExit("corroborate-chromium");
      ChromeOptions o = new ChromeOptions();
      o.setBinary(CHROMIUM.toFile());
      o.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--hide-scrollbars",
          "--window-size=1280,1600",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(DRIVER.toString()))
              .usingAnyFreePort()
              .build();
      ChromeDriver d = new ChromeDriver(service, o);
      d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where screenshots go: target/screenshots. */
  static Path screenshots() {
    try {
      return Files.createDirectories(Path.of("target", "screenshots"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
