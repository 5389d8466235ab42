package com.crmflow.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementRepository;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.TasklistBrowserTest;
import com.crmflow.testsupport.it.TasklistForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Legal records the signing of an agreement (登记协议签订) in the real Tasklist in headless Chromium: the signed copy
 * is chosen with the file input of the task's tab 协议文件 and uploaded with its 上传 button (a file the type check
 * refuses first, with the server's Chinese reason shown in the tab), then the form is completed with Tasklist's own
 * 完成 and the agreement is in force.
 */
@IntegrationTest
class AgreementSigningBrowserIT extends TasklistBrowserTest {

  AgreementSigningBrowserIT() {
    super("agreement-browser-");
  }

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired AgreementRepository agreementRepository;
  @Autowired TaskService taskService;
  @TempDir Path files;

  @Test
  void legalUploadsTheSignedCopyInTheTaskTabAndCompletesTheSigning() throws Exception {
    AgreementDocumentsIT agreements = new AgreementDocumentsIT();
    agreements.port = port;
    agreements.customers = customers;
    agreements.customer();
    String number = agreements.approved();
    String task = agreements.claimed("xuhui", number, "Task_RecordSigning");
    Path executable = Files.write(files.resolve("签署版.pdf"), AgreementDocumentsIT.EXE);
    Path signed = Files.write(Files.createDirectory(files.resolve("scan")).resolve("合作协议签署版.pdf"),
        AgreementDocumentsIT.PDF);

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    tasklist.logIn("xuhui", "demo");
    tasklist.click(By.xpath("(//*[contains(@class,'tasks-list')]//*[normalize-space(.)='登记协议签订'])[1]"));
    TasklistForm.ofTask(tasklist).shown("我方授权代表");

    // the tab 协议文件: the agreement's documents (none yet), 签署版 chosen for this task
    tasklist.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='协议文件']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".crmflow-agreement-documents h4"),
        number));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".crmflow-documents-list"),
        "尚无文件"));
    WebElement kind = browser.findElement(By.id("crmflow-document-kind"));
    assertThat(kind.getDomProperty("value")).isEqualTo("signed");
    By status = By.cssSelector(".crmflow-documents-status");

    // an executable named .pdf: refused by the server, its reason shown in Chinese, nothing listed
    browser.findElement(By.id("crmflow-document-file")).sendKeys(executable.toString());
    tasklist.click(By.xpath("//form[contains(@class,'crmflow-documents-upload')]//button[normalize-space(.)='上传']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(status, "上传失败"));
    assertThat(browser.findElement(status).getText()).contains("只接受 PDF");
    assertThat(browser.findElement(By.cssSelector(".crmflow-documents-list")).getText()).contains("尚无文件");

    // the signed copy
    browser.findElement(By.id("crmflow-document-file")).sendKeys(signed.toString());
    tasklist.click(By.xpath("//form[contains(@class,'crmflow-documents-upload')]//button[normalize-space(.)='上传']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(status, "已上传签署版《合作协议签署版.pdf》"));
    List<WebElement> rows = browser.findElements(By.cssSelector(".crmflow-documents tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("签署版").contains("合作协议签署版.pdf").contains("xuhui");
    assertThat(rows.get(0).findElement(By.tagName("a")).getDomAttribute("href"))
        .contains("/api/agreements/" + number + "/documents/");
    tasklist.guideScreenshot("agreement-signed-copy");

    // back to the form: the representatives, the date, 完成
    tasklist.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='表单']"));
    TasklistForm form = TasklistForm.ofTask(tasklist).shown("我方授权代表");
    form.fill("我方授权代表", "王总经理");
    form.fill("客户方授权代表", "刘董事长");
    form.date("签订日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    form.complete();
    wait.withTimeout(Duration.ofSeconds(30))
        .until(d -> taskService.createTaskQuery().taskId(task).count() == 0);
    assertThat(agreementRepository.findByAgreementNumber(number).orElseThrow().getStatus())
        .isEqualTo(Agreement.IN_FORCE);
  }
}
