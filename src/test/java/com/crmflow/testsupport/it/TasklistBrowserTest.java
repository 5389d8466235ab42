package com.crmflow.testsupport.it;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test against the real Tasklist: a fresh headless Chromium per test, closed afterwards with a screenshot
 * of how the test left the page ({@code target/<prefix><test method>.png}).
 */
public abstract class TasklistBrowserTest {

  private final String screenshotPrefix;
  protected HeadlessTasklist tasklist;
  protected WebDriver browser;
  protected WebDriverWait wait;

  protected TasklistBrowserTest(String screenshotPrefix) {
    this.screenshotPrefix = screenshotPrefix;
  }

  @BeforeEach
  void openBrowser() throws IOException {
    tasklist = HeadlessTasklist.open();
    browser = tasklist.browser;
    wait = tasklist.wait;
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    if (tasklist != null) {
      tasklist.screenshot(screenshotPrefix + test.getTestMethod().orElseThrow().getName());
      tasklist.close();
    }
  }
}
