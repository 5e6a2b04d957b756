package fr.education.orion;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium on a fresh profile, driven by Selenium, pointed at the Orion under
 * test. The browser and driver paths are given explicitly so that Selenium Manager never looks for
 * (or downloads) a browser: this machine has no route to its download hosts.
 */
public final class Browser implements AutoCloseable {

  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final String baseUrl;
  private final Path profile;
  private final ChromeDriver driver;

  /** Starts Chromium; {@code baseUrl} is prefixed to the paths given to {@link #open}. */
  public Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    String binary = setting("chromium.bin", "CHROMIUM_BIN", "/usr/bin/chromium");
    String chromedriver = setting("chromedriver.bin", "CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
    // Selenium reads this property too, so even a code path that ignores the service below finds
    // the local driver rather than asking Selenium Manager.
    System.setProperty("webdriver.chrome.driver", chromedriver);
    try {
      profile = Files.createTempDirectory("orion-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(binary)
            .addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,1024");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Runs a script in the page, e.g. to remove a browser-side check and reach the server's. */
  public void script(String javascript) {
    driver.executeScript(javascript);
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Clicks what {@code by} finds and waits, up to ten seconds, for the browser to have left the
   * current page and finished loading the next one: a click returns before the navigation it
   * starts, so asserting straight after it races the browser. The next page may have the same URL
   * (a form given back with an error), so the test is that the old document is gone.
   */
  public void clickAndWaitForPage(By by) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(by).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.until(d -> isGone(page));
    wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  /**
   * True once the element's document has been replaced. While the browser swaps documents,
   * ChromeDriver may answer that the node "does not belong to the document" instead of calling it
   * stale: that means gone too.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }

  /** Signs in through the login page, e.g. as {@code TestHttp.demo("admin")}. */
  public void connecter(String email, String motDePasse) {
    open("/connexion");
    driver.findElement(By.id("email")).sendKeys(email);
    driver.findElement(By.id("motDePasse")).sendKeys(motDePasse);
    clickAndWaitForPage(By.cssSelector("main button[type=submit]"));
  }

  /** Signs in as the demo account of a role (profile demo, which {@link OrionIT} activates). */
  public void connecterEnDemo(String codeRole) {
    connecter(TestHttp.demo(codeRole), TestHttp.MOT_DE_PASSE_DEMO);
  }

  /** The path and query of the current page, e.g. {@code /formations?q=boulanger}. */
  public String currentPath() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  /**
   * The serious and critical axe-core violations of the current page, one line each (rule, impact,
   * help, target selectors), ready for an assertion message. Minor and moderate ones are left to
   * audits: they are often judgement calls that a build should not block on.
   */
  public List<String> seriousAccessibilityViolations() {
    return new AxeBuilder()
        .analyze(driver).getViolations().stream()
            .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
            .map(Browser::describe)
            .toList();
  }

  /** Saves the whole page, not only the window, as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    Dimension window = driver.manage().window().getSize();
    // The window's outer height includes its frame: add it so that the page fits the viewport.
    Number height =
        (Number)
            driver.executeScript(
                "return document.documentElement.scrollHeight"
                    + " + window.outerHeight - window.innerHeight");
    driver.manage().window().setSize(new Dimension(window.getWidth(), height.intValue()));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(window);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private static String describe(Rule rule) {
    String targets =
        rule.getNodes().stream()
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
    return "%s (%s): %s — %s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(), targets);
  }

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property, System.getenv(environment));
    return value == null || value.isBlank() ? fallback : value;
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A leftover temporary profile is harmless; the test result matters more.
    }
  }
}
