package com.crmflow.testsupport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver (nothing is downloaded) driving the Camunda web apps, with what the
 * browser tests share: an English-language browser with a fresh profile, the login, and clicks and typing — always
 * with the browser's own mouse and key events (WebDriver's native input), as a person would. (An earlier version
 * dispatched DOM events because typed keys went to the browser's own Basic login dialog, opened by a 401 with a
 * Basic challenge from outside the REST APIs; that product defect is fixed in SecurityConfig.)
 */
public final class HeadlessTasklist implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  public final WebDriver browser;
  public final WebDriverWait wait;

  private HeadlessTasklist(WebDriver browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  public static HeadlessTasklist open() throws IOException {
    assertThat(CHROMIUM).as("headless Chromium is needed: sudo apt-get install -y chromium chromium-driver")
        .isExecutable();
    assertThat(CHROMEDRIVER).as("ChromeDriver is needed: sudo apt-get install -y chromium chromium-driver")
        .isExecutable();
    Path profile = Files.createTempDirectory("tasklist-it-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + profile,
        // an English-language browser: the web apps must speak Chinese anyway
        "--lang=en-US", "--accept-lang=en-US,en");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", REQUEST_COUNTER));
    return new HeadlessTasklist(driver);
  }

  /**
   * Types user and password into the Tasklist login form and presses 登录, once the web app is settled: it renders
   * the login form a second time when it has learnt that nobody is logged in, which would empty what was typed into
   * the first rendering.
   */
  public void logIn(String user, String password) {
    By form = By.cssSelector("form[name=signinForm]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(form));
    waitUntilSettled();
    WebElement name = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("form[name=signinForm] input[ng-model=username]")));
    type(name, user);
    WebElement secret = browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"));
    type(secret, password);
    wait.until(d -> user.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value")));
    click(browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(form));
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//a[@ng-click='open()'][span[contains(@class,'glyphicon-list-alt')]]")));
  }

  /**
   * Waits until the web app has nothing pending: AngularJS's own testability hook (no outstanding $http request,
   * $timeout or digest) and no request of the page (XMLHttpRequest or fetch, which the Camunda REST client and
   * Tasklist's Camunda Forms use) is open.
   */
  public void waitUntilSettled() {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(SETTLED)));
  }

  /** Counts the page's open requests from its first script on (installed into every document the browser loads). */
  private static final String REQUEST_COUNTER = """
      (() => {
        const counter = window.__crmflowRequests = {open: 0};
        const send = XMLHttpRequest.prototype.send;
        XMLHttpRequest.prototype.send = function () {
          counter.open++;
          this.addEventListener('loadend', () => counter.open--);
          return send.apply(this, arguments);
        };
        const fetch = window.fetch;
        window.fetch = function () {
          counter.open++;
          return fetch.apply(this, arguments).finally(() => counter.open--);
        };
      })();
      """;

  private static final String SETTLED = """
      const done = arguments[arguments.length - 1];
      if (!window.angular || !window.angular.getTestability || !window.__crmflowRequests) { done(false); return; }
      window.angular.getTestability(document.body).whenStable(() =>
          requestAnimationFrame(() => done(window.__crmflowRequests.open === 0)));
      """;

  /** A mouse click on the element (scrolled into view by the driver). */
  public void click(By locator) {
    for (int attempt = 1; ; attempt++) {
      WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
      try {
        click(element);
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
        // Tasklist rendered the list again between finding and clicking (e.g. when the filter counts arrived):
        // the entry the locator names is there again as a new element
        if (attempt == 3) {
          throw replaced;
        }
      }
    }
  }

  /**
   * A mouse click. Tasklist's fixed footer can lie over an element at the bottom of its scrolling pane: then the
   * mouse wheel over the element scrolls the pane a little; where the pane cannot scroll further (完成 at the very
   * bottom), the mouse clicks the element's visible top edge, as a person would.
   */
  public void click(WebElement element) {
    for (int attempt = 1; ; attempt++) {
      try {
        if (attempt == 1) { // later attempts keep the wheel's position
          new Actions(browser).scrollToElement(element).perform();
        }
        element.click();
        return;
      } catch (org.openqa.selenium.ElementNotInteractableException covered) { // also: click intercepted
        if (attempt == 3) {
          int fromCentre = element.getSize().getHeight() / 2 - 3;
          new Actions(browser).moveToElement(element, 0, -fromCentre).click().perform();
          return;
        }
        // the wheel over the pane, not over the footer that covers the element (the footer itself does not scroll)
        org.openqa.selenium.Rectangle at = element.getRect();
        int x = Math.max(1, at.getX() + at.getWidth() / 2);
        new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromViewport(x, 300), 0, 250).perform();
        try {
          new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> element.getRect().getY() != at.getY());
        } catch (org.openqa.selenium.TimeoutException atTheBottom) {
          // the pane cannot scroll further: the next attempt clicks the visible top edge
        }
      }
    }
  }

  /** Replaces the field's text by typing: click into it, select all, type. */
  public void type(WebElement field, String text) {
    click(field);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    field.sendKeys(Keys.BACK_SPACE);
    field.sendKeys(text);
  }

  /** target/{name}.png and .html of the current page (best effort, for failures). */
  public void screenshot(String name) {
    try {
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(Path.of("target", name + ".html"), browser.getPageSource());
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  /**
   * A picture for the user guide: with {@code -Ddocs.screenshots=true} the browser's window goes to
   * {@code docs/images/tasklist/<name>.png} (see docs/testing.md, "Screenshots for the user guide"); otherwise
   * nothing is written, so an ordinary test run leaves the repository as it is.
   */
  public void guideScreenshot(String name) {
    if (!Boolean.getBoolean("docs.screenshots")) {
      return;
    }
    try {
      Path dir = Files.createDirectories(Path.of("docs", "images", "tasklist"));
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("user guide screenshot " + name, e);
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}
