package com.crmflow.customer.api;

import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerContactRepository;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/customers/import}: a UTF-8 CSV with BOM and Chinese headers, good and bad rows, a per-row
 * report, and a second run of the same file that changes nothing.
 */
@IntegrationTest
class CustomerImportIT {

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired CustomerContactRepository contacts;

  Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  static String suffix() {
    return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
  }

  static byte[] utf8WithBom(String csv) {
    return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
  }

  Rest.Response importCsv(String user, byte[] body) {
    return as(user).post("/api/customers/import", "text/csv; charset=UTF-8", body);
  }

  static Map<Long, JsonNode> byLine(JsonNode report) {
    Map<Long, JsonNode> rows = new LinkedHashMap<>();
    report.path("results").forEach(r -> rows.put(r.path("row").asLong(), r));
    return rows;
  }

  @Test
  @Verifies("X.1")
  void goodRowsAreImportedBadRowsRefusedWithTheirReasonAndASecondRunChangesNothing() {
    String s = suffix();
    String codeA = CustomerApiIT.creditCode();
    String codeF = CustomerApiIT.creditCode();
    // an existing customer that the file completes
    Customer existing = new Customer();
    existing.setName("既有客户" + s + "有限公司");
    existing.setOwner("lina");
    existing.setCreatedAt(Instant.now());
    existing = customers.save(existing);

    String csv = String.join("\r\n",
        "客户名称,统一社会信用代码,地址,行业,规模,经营范围,客户负责人,联系人,联系电话,电子邮箱,职务",
        "甲公司" + s + "," + codeA + ",北京市海淀区中关村大街 1 号,软件,中型,软件开发,zhangwei,张三,13800000001,zhangsan@example.com,总经理",
        "甲公司" + s + "," + codeA + ",,,,,,李四,13800000002,,财务主管",
        "乙公司" + s + ",91310000MA1FL0TX00,上海,贸易,小型,,zhangwei,,,,",
        "丙公司" + s + ",,上海,贸易,巨型,,lina,,,,",
        "丁公司" + s + ",,,,,,lina,王五,12,,",
        "戊公司" + s + ",,,,,,,,,,",
        "甲公司" + s + "," + codeA + ",,物流,,,,,,,",
        "己公司" + s + "," + codeF + ",广州市天河区,零售,小型,\"日用品零售, 批发\",lina,赵六,020-12345678,zhao@example.com,店长",
        "庚公司" + s + "," + codeA + ",,,,,,,,,",
        "既有客户" + s + "有限公司,,深圳市南山区,电子,大型,,,,,,",
        "辛公司" + s + ",,,,,,lina,孙七,13900000007,sun@example,",
        "壬公司" + s + ",,,,,,不存在的用户,,,,",
        "癸公司" + s + ",,,,,,lina") + "\r\n";

    Rest.Response first = importCsv("wuxia", utf8WithBom(csv));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    Map<Long, JsonNode> rows = byLine(first.json());
    assertThat(rows.get(2L).path("status").asText()).isEqualTo("created");
    assertThat(rows.get(3L).path("status").asText()).as("a second contact of the same customer").isEqualTo("updated");
    assertThat(rows.get(4L).path("status").asText()).isEqualTo("refused");
    assertThat(rows.get(4L).path("reason").asText()).contains("统一社会信用代码").contains("校验码");
    assertThat(rows.get(5L).path("reason").asText()).contains("规模");
    assertThat(rows.get(6L).path("reason").asText()).contains("联系电话");
    assertThat(rows.get(7L).path("reason").asText()).contains("客户负责人");
    assertThat(rows.get(8L).path("reason").asText()).as("contradicts line 2").contains("第 2 行").contains("行业");
    assertThat(rows.get(9L).path("status").asText()).isEqualTo("created");
    assertThat(rows.get(10L).path("reason").asText()).as("another name with line 2's code").contains("第 2 行");
    assertThat(rows.get(11L).path("status").asText()).isEqualTo("updated");
    assertThat(rows.get(11L).path("customerId").asLong()).isEqualTo(existing.getId());
    assertThat(rows.get(12L).path("reason").asText()).contains("电子邮箱");
    assertThat(rows.get(13L).path("reason").asText()).contains("客户负责人").contains("没有这个用户");
    assertThat(rows.get(14L).path("status").asText()).isEqualTo("refused");
    assertThat(rows.get(14L).path("reason").asText()).contains("列数");
    for (JsonNode r : rows.values()) {
      assertThat(r.toString()).as("no contact data in the report").doesNotContain("138000000").doesNotContain("张三");
    }
    JsonNode report = first.json();
    assertThat(List.of(report.path("rows").asInt(), report.path("created").asInt(), report.path("updated").asInt(),
        report.path("unchanged").asInt(), report.path("refused").asInt())).containsExactly(13, 2, 2, 0, 9);

    Customer a = customers.findByCreditCode(codeA).orElseThrow();
    assertThat(a.getScale()).isEqualTo("medium");
    assertThat(a.getIndustry()).isEqualTo("软件");
    assertThat(contacts.findByCustomerIdOrderById(a.getId())).extracting(c -> c.getName() + "/" + c.getPhone())
        .containsExactly("张三/13800000001", "李四/13800000002");
    Customer f = customers.findByCreditCode(codeF).orElseThrow();
    assertThat(f.getBusinessScope()).isEqualTo("日用品零售, 批发");
    Customer e = customers.findById(existing.getId()).orElseThrow();
    assertThat(e.getIndustry()).isEqualTo("电子");
    assertThat(e.getScale()).isEqualTo("large");
    assertThat(e.getOwner()).as("an empty cell keeps the stored value").isEqualTo("lina");
    assertThat(customers.findByName("乙公司" + s)).isEmpty();
    assertThat(customers.findByName("丁公司" + s)).as("a bad row leaves nothing behind").isEmpty();

    long versionA = a.getRowVersion();
    long versionE = e.getRowVersion();
    long customerCount = customers.count();
    long contactCount = contacts.count();
    Rest.Response again = importCsv("wuxia", utf8WithBom(csv));
    assertThat(again.status()).isEqualTo(200);
    JsonNode second = again.json();
    assertThat(List.of(second.path("created").asInt(), second.path("updated").asInt(),
        second.path("unchanged").asInt(), second.path("refused").asInt())).containsExactly(0, 0, 4, 9);
    byLine(second).forEach((line, r) -> assertThat(r.path("status").asText()).as("line " + line)
        .isEqualTo(rows.get(line).path("status").asText().equals("refused") ? "refused" : "unchanged"));
    assertThat(customers.count()).isEqualTo(customerCount);
    assertThat(contacts.count()).isEqualTo(contactCount);
    assertThat(customers.findById(a.getId()).orElseThrow().getRowVersion()).isEqualTo(versionA);
    assertThat(customers.findById(e.getId()).orElseThrow().getRowVersion()).isEqualTo(versionE);
  }

  @Test
  @Verifies("X.1")
  void englishHeadersWorkToo() {
    String s = suffix();
    String csv = "name,creditCode,industry,scale,owner,status,grade,contactName,contactPhone,contactEmail,contactPosition\n"
        + "Acme " + s + " Ltd.,,Machinery,small,zhangwei,ACTIVE,B,Li Lei,+86 10 1234 5678,lilei@example.com,CTO\n";
    Rest.Response r = Rest.as(port, "admin", "admin").post("/api/customers/import", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("created").asInt()).isEqualTo(1);
    Customer c = customers.findByName("Acme " + s + " Ltd.").orElseThrow();
    assertThat(c.getGrade()).isEqualTo("B");
    assertThat(contacts.findByCustomerIdOrderById(c.getId()).get(0).getEmail()).isEqualTo("lilei@example.com");
  }

  @Test
  void aBrokenQuoteStopsTheImportAtThatRowAndSaysSo() {
    String s = suffix();
    String csv = "客户名称,客户负责人\n好公司" + s + ",lina\n\"坏公司" + s + ",lina\n后面的公司" + s + ",lina\n";
    Rest.Response r = importCsv("wuxia", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("created").asInt()).isEqualTo(1);
    assertThat(r.json().path("refused").asInt()).isEqualTo(1);
    assertThat(r.json().path("results").get(1).path("reason").asText()).contains("CSV 格式错误");
    assertThat(customers.findByName("好公司" + s)).isPresent();
  }

  @Test
  void aFileThatCannotBeReadIsRefusedAsAWhole() {
    Rest.Response gbk = importCsv("wuxia", "客户名称,客户负责人\n某公司,lina\n".getBytes(Charset.forName("GBK")));
    assertThat(gbk.status()).isEqualTo(400);
    assertThat(gbk.json().path("fields").toString()).contains("file");
    assertThat(gbk.json().path("detail").asText()).contains("UTF-8");

    Rest.Response unknown = importCsv("wuxia", utf8WithBom("客户名称,传真号码\n某公司,123\n"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("detail").asText()).contains("传真号码");

    Rest.Response noName = importCsv("wuxia", utf8WithBom("行业,客户负责人\n软件,lina\n"));
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.json().path("detail").asText()).contains("客户名称");

    assertThat(importCsv("wuxia", new byte[0]).status()).isEqualTo(400);
  }

  @Test
  @Verifies("X.2")
  void onlyCrmDeptAndAdministratorsImport() {
    byte[] csv = utf8WithBom("客户名称,客户负责人\n无权导入" + suffix() + ",lina\n");
    for (String user : List.of("zhangwei", "maliang", "zhengkai", "huangfang")) {
      assertThat(importCsv(user, csv).status()).as(user).isEqualTo(403);
    }
    assertThat(Rest.anonymous(port).post("/api/customers/import", "text/csv", csv).status()).isEqualTo(401);
  }
}
