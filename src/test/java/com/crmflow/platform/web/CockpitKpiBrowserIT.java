package com.crmflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.ArchiveCustomers;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.crmflow.testsupport.it.TasklistBrowserTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer-service manager logs in to the real Cockpit in headless Chromium and finds the figures plugin on the
 * dashboard and on its own page (管理指标): the ECharts chart is drawn, and its series and the table beside it
 * hold exactly what {@code /api/kpis/complaints} answers for each month.
 */
@IntegrationTest
class CockpitKpiBrowserIT extends TasklistBrowserTest {

  CockpitKpiBrowserIT() {
    super("cockpit-");
  }

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;

  /** Every request of the page with its answer, kept across reloads: what the assertion messages show. */
  private static final String REQUEST_LOG = """
      (() => {
        const log = m => localStorage.setItem('crmflowLog', (localStorage.getItem('crmflowLog') || '') + m + '\\n');
        log('page ' + location.href);
        const open = XMLHttpRequest.prototype.open;
        XMLHttpRequest.prototype.open = function(method, url) {
          this.addEventListener('loadend', () => log(method + ' ' + url + ' -> ' + this.status));
          return open.apply(this, arguments);
        };
        const f = window.fetch;
        window.fetch = function(url, o) {
          return f.apply(this, arguments).then(r => { log('fetch ' + url + ' -> ' + r.status); return r; });
        };
        window.addEventListener('error', e => log('error ' + e.message));
      })();
      """;

  private String requestLog() {
    return String.valueOf(((JavascriptExecutor) browser).executeScript("return localStorage.getItem('crmflowLog');"));
  }

  private void logInToCockpit(String user) {
    ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", REQUEST_LOG));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    By form = By.cssSelector("form[name=signinForm]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(form));
    tasklist.waitUntilSettled();
    WebElement name = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("form[name=signinForm] input[ng-model=username]")));
    tasklist.type(name, user);
    WebElement secret = browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"));
    tasklist.type(secret, "demo");
    wait.until(d -> user.equals(name.getDomProperty("value")) && "demo".equals(secret.getDomProperty("value")));
    tasklist.click(browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(form));
  }

  private static final String STATUS = ".crmflow-kpis .crmflow-kpi-status";

  @SuppressWarnings("unchecked")
  private void chartAndTableMatchTheApi() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // the view may be rendered again while Cockpit settles: always look the section up afresh
    try {
      wait.until(d -> js.executeScript("const s = document.querySelector(arguments[0]);"
          + "return s && (s.hasAttribute('data-loaded') || s.hasAttribute('data-error'));", STATUS));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the plugin did not finish; requests:\n" + requestLog(), e);
    }
    tasklist.waitUntilSettled();
    Map<String, Object> option = (Map<String, Object>) js.executeScript(
        "const section = document.querySelector('.crmflow-kpis');"
            + "const status = section.querySelector('.crmflow-kpi-status');"
            + "const node = section.querySelector('.crmflow-kpi-chart');"
            + "if (!status.hasAttribute('data-loaded') || !node.crmflowChart) return {error: section.innerText};"
            + "const o = node.crmflowChart.getOption();"
            + "const totals = {}; section.querySelectorAll('tr[data-month]').forEach(r => "
            + "  totals[r.getAttribute('data-month')] = r.querySelector('.total').innerText);"
            + "return {months: o.xAxis[0].data, response: o.series[0].data, feedback: o.series[1].data, totals,"
            + "  canvas: node.querySelectorAll('canvas').length};");
    assertThat(option.get("error")).as("what the plugin shows; requests:\n%s", requestLog()).isNull();
    assertThat((Long) option.get("canvas")).as("drawn by ECharts").isPositive();
    Map<String, Object> totals = (Map<String, Object>) option.get("totals");
    List<String> months = (List<String>) option.get("months");
    List<Object> response = (List<Object>) option.get("response");
    List<Object> feedback = (List<Object>) option.get("feedback");
    assertThat(months).hasSize(6);
    Rest manager = Rest.as(port, "yangjun", "demo");
    long totalShown = 0;
    for (int i = 0; i < months.size(); i++) {
      YearMonth month = YearMonth.parse(months.get(i));
      JsonNode api = manager.get("/api/kpis/complaints?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth())
          .json();
      assertThat(number(response.get(i))).as("按时响应率 %s", month).isEqualTo(percent(api.get("onTimeInitialResponseRate")));
      assertThat(number(feedback.get(i))).as("按时反馈率 %s", month).isEqualTo(percent(api.get("onTimeFeedbackRate")));
      assertThat(totals.get(month.toString())).as("投诉数 %s", month).isEqualTo(api.get("total").asText());
      totalShown += api.get("total").asLong();
    }
    assertThat(totalShown).as("the fixture complaints of this month").isGreaterThanOrEqualTo(3);
  }

  private static Double number(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }

  private static Double percent(JsonNode rate) {
    return rate == null || rate.isNull() ? null : Math.round(rate.asDouble() * 1000) / 10.0;
  }

  @Test
  void aManagerSeesTheComplaintRatesOnTheDashboardAndOnThePageAsTheApiHasThem() {
    String customerName = "驾驶舱指标客户" + System.nanoTime();
    Long customerId = Long.valueOf(ArchiveCustomers.id(customers, customerName, "zhangwei"));
    for (int i = 0; i < 3; i++) {
      Map<String, Object> body = new HashMap<>();
      body.put("customerId", customerId);
      body.put("channel", "phone");
      body.put("content", "驾驶舱测试投诉 " + i);
      body.put("category", "delivery");
      body.put("severity", "low");
      body.put("contactPreference", "phone");
      Rest.Response created = Rest.as(port, "huangfang", "demo").post("/api/complaints", body);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    logInToCockpit("yangjun");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".crmflow-kpis"), "投诉按时响应率与按时反馈率"));
    chartAndTableMatchTheApi();

    // the page of its own, through its navigation entry
    tasklist.click(By.xpath("//a[normalize-space(.)='管理指标']"));
    wait.until(d -> d.getCurrentUrl().contains("#/crmflow-kpis"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".crmflow-kpis")));
    chartAndTableMatchTheApi();
  }

  /** Waits until every figure on the page has loaded or failed; their states by key ("loaded" or the error text). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> figureStates() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    String states = "const out = {}; document.querySelectorAll('.crmflow-kpis .crmflow-kpi').forEach(n => {"
        + " const s = n.querySelector('.crmflow-kpi-status'); const key = n.className.split(' ')[1].substring(12);"
        + " out[key] = s.hasAttribute('data-loaded') ? 'loaded' : s.hasAttribute('data-error') ? s.innerText : null;"
        + "}); return out;";
    try {
      wait.until(d -> {
        Map<String, Object> m = (Map<String, Object>) js.executeScript(states);
        return m.size() == 7 && !m.containsValue(null);
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("the figures did not finish: " + js.executeScript(states) + "; requests:\n"
          + requestLog(), e);
    }
    return (Map<String, Object>) js.executeScript(states);
  }

  @SuppressWarnings("unchecked")
  private List<Object> series(String key, int index) {
    return (List<Object>) ((JavascriptExecutor) browser).executeScript("const n = document.querySelector("
        + "'.crmflow-kpis .crmflow-kpi-' + arguments[0] + ' .crmflow-kpi-chart');"
        + "return n.crmflowChart ? n.crmflowChart.getOption().series[arguments[1]].data : null;", key, index);
  }

  @Test
  void crmDeptSeesEveryFigureOnThePageAndACsManagerOnlyTheComplaintFigures() {
    logInToCockpit("wuxia"); // crm-dept: every owner
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/crmflow-kpis");
    Map<String, Object> states = figureStates();
    assertThat(states).as("requests:\n%s", requestLog()).containsOnlyKeys("complaints", "open-complaints",
        "satisfaction", "grades", "overdue-visits", "projects", "expiring-agreements");
    assertThat(states.values()).as("requests:\n%s", requestLog()).containsOnly("loaded");
    Rest crm = Rest.as(port, "wuxia", "demo");
    List<Long> stages = new java.util.ArrayList<>();
    crm.get("/api/kpis/projects").json().get("stages").forEach(st -> stages.add(st.get("count").asLong()));
    assertThat(series("projects", 0)).as("项目阶段分布").containsExactlyElementsOf(stages.stream().map(Object.class::cast).toList());
    List<Long> levels = new java.util.ArrayList<>();
    crm.get("/api/kpis/complaints/open").json().get("byBreachLevel").forEach(l -> levels.add(l.get("count").asLong()));
    assertThat(series("open-complaints", 0)).as("未结投诉").containsExactlyElementsOf(levels.stream().map(Object.class::cast).toList());
    String agreementsTable = String.valueOf(((JavascriptExecutor) browser).executeScript(
        "return document.querySelector('.crmflow-kpis .crmflow-kpi-expiring-agreements table').textContent;"));
    assertThat(agreementsTable).contains("协议编号", "剩余天数");

    browser.manage().deleteAllCookies();
    ((JavascriptExecutor) browser).executeScript("localStorage.clear();");
    logInToCockpit("yangjun"); // cs-manager: the complaint figures; the owners' figures are for team leads
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/crmflow-kpis");
    Map<String, Object> manager = figureStates();
    assertThat(manager.get("complaints")).isEqualTo("loaded");
    assertThat(manager.get("open-complaints")).isEqualTo("loaded");
    assertThat((String) manager.get("satisfaction")).contains("团队负责人");
    assertThat((String) manager.get("projects")).contains("团队负责人");
  }
}
