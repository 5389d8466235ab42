package com.crmflow.it;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver (nothing is downloaded) driving the Camunda web apps, with what the
 * browser tests share: an English-language browser with a fresh profile, the login, and clicks and typing through
 * the DOM — in headless Chromium Selenium's native pointer and key events do not reach the apps' Angular and
 * form-js handlers here (no error, nothing happens), while the elements' own events do.
 */
final class HeadlessTasklist implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final WebDriver browser;
  final WebDriverWait wait;

  private HeadlessTasklist(WebDriver browser) {
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  static HeadlessTasklist open() throws IOException {
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
    return new HeadlessTasklist(new ChromeDriver(service, options));
  }

  /**
   * The login form is rendered again once the webapp has asked who is logged in, which can swallow what was typed
   * before: type, submit, and try again while the form is still there.
   */
  void logIn(String user, String password) {
    By form = By.cssSelector("form[name=signinForm]");
    for (int attempt = 1; attempt <= 5; attempt++) {
      wait.until(ExpectedConditions.elementToBeClickable(
          By.cssSelector("form[name=signinForm] input[ng-model=username]")));
      js("""
          const form = document.querySelector('form[name=signinForm]');
          const set = (input, value) => {
            input.value = value;
            input.dispatchEvent(new Event('input', {bubbles: true}));
          };
          set(form.querySelector('input[ng-model=username]'), arguments[0]);
          set(form.querySelector('input[ng-model=password]'), arguments[1]);
          form.requestSubmit();""", user, password);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(4)).until(ExpectedConditions.invisibilityOfElementLocated(form));
        break;
      } catch (org.openqa.selenium.TimeoutException stillThere) {
        // typed into the first rendering of the form: once more
      }
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//a[@ng-click='open()'][span[contains(@class,'glyphicon-list-alt')]]")));
  }

  /** Clicks through the DOM (mousedown + the element's own click). */
  void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    js("arguments[0].scrollIntoView({block: 'center'});"
        + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));"
        + "arguments[0].click();", element);
  }

  /** Types through the DOM: the native value setter plus input and change events, as form-js listens for them. */
  void setValue(WebElement field, String text) {
    js("""
        const input = arguments[0];
        const prototype = input.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(prototype, 'value').set.call(input, arguments[1]);
        input.dispatchEvent(new Event('input', {bubbles: true}));
        input.dispatchEvent(new Event('change', {bubbles: true}));""", field, text);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** target/{name}.png and .html of the current page (best effort, for failures). */
  void screenshot(String name) {
    try {
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(Path.of("target", name + ".html"), browser.getPageSource());
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}
