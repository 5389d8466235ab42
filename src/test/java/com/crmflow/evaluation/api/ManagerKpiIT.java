package com.crmflow.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.Verifies;
import com.crmflow.testsupport.it.Fixtures;
import com.crmflow.testsupport.it.IntegrationTest;
import com.crmflow.testsupport.it.Rest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The managers' figures of the Cockpit plugin ({@code /api/kpis/**}) on PostgreSQL through real HTTP: exact on a
 * known fixture (2042, a year no other test writes), scoped to the team a lead leads, refused to staff without a
 * team, and bad parameters answered with a clear 400.
 */
@IntegrationTest
class ManagerKpiIT {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerRepository customers;
  @Autowired CustomerGrades grades;

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private Rest as(String user) {
    return Rest.as(port, user, "demo");
  }

  @Test
  @Verifies({"P7.3", "X.2"})
  void satisfactionGradesAndOverdueVisitsAreExactAndScopedToTheLeadsTeam() {
    Fixtures f = new Fixtures(jdbc, customers);
    String run = UUID.randomUUID().toString().substring(0, 6);
    String o1 = "kpa-" + run;
    String o2 = "kpb-" + run;
    Long c1 = f.customer("C", o1);
    Long c2 = f.customer("B", o2);
    Long c3 = f.customer("C", "zhangwei"); // liuyang leads zhangwei and lina (config/organization.yaml)
    // o1: Q1 2 of 3 satisfied (66.67 %), Q2 1 of 1; o2: Q2 0 of 2; zhangwei: Q2 1 of 1; 2041-Q4 not asked
    f.survey(c1, o1, 5, "2042-01-05T10:00");
    f.survey(c1, o1, 4, "2042-03-31T23:59");
    f.survey(c1, o1, 2, "2042-02-01T10:00");
    f.survey(c1, o1, 4, "2042-04-01T00:00");
    f.survey(c2, o2, 1, "2042-05-01T10:00");
    f.survey(c2, o2, 3, "2042-05-02T10:00"); // 3 < crm.evaluation.satisfied-at-least (4)
    f.survey(c3, "zhangwei", 5, "2042-05-03T10:00");
    f.survey(c1, o1, 5, "2041-12-31T23:59");
    // grade changes: Q1 c1 C → B (up), Q2 c1 B → A (up, new A), c2 B → C (down)
    Fixtures.at("2042-02-10T10:00");
    grades.applyGrade(c1, "B", "system");
    Fixtures.at("2042-04-10T10:00");
    grades.applyGrade(c1, "A", "system");
    grades.applyGrade(c2, "C", "system");
    // visits: c2 overdue since 2042-05-10 (10 days on the 20th), c1 done, c3 due later
    f.visit(c2, o2, "2042-05-10", "DUE", null);
    f.visit(c1, o1, "2042-05-01", "DONE", "2042-05-01");
    f.visit(c3, "zhangwei", "2042-06-30", "DUE", null);
    Fixtures.at("2042-05-20T10:00");

    JsonNode all = ok(as("wuxia").get("/api/kpis/satisfaction?quarters=2")); // crm-dept: every owner
    assertThat(all.get("satisfiedAtLeast").asInt()).isEqualTo(4);
    assertThat(quarters(all)).containsExactly("2042-Q1", "2042-Q2");
    assertThat(owner(all, 0, o1)).isEqualTo("3/2/66.67");
    assertThat(owner(all, 1, o1)).isEqualTo("1/1/100.00");
    assertThat(owner(all, 1, o2)).isEqualTo("2/0/0.00");
    assertThat(owner(all, 1, "zhangwei")).startsWith("1/1/"); // only this test writes 2042
    assertThat(owner(all, 0, o2)).isNull();

    JsonNode team = ok(as("liuyang").get("/api/kpis/satisfaction?quarters=2")); // division-leader, team lead
    assertThat(owners(team)).containsExactlyInAnyOrder("zhangwei", "lina");
    assertThat(owner(team, 1, "zhangwei")).isEqualTo("1/1/100.00");
    assertThat(owner(team, 1, "lina")).isEqualTo("0/0/null");
    assertThat(team.get("quarters").get(1).get("surveys").asInt()).isEqualTo(1);

    JsonNode g = ok(as("wuxia").get("/api/kpis/grades?quarters=2"));
    assertThat(g.get("changes").get(0).toString()).contains("\"upgrades\":1", "\"downgrades\":0", "\"newA\":0");
    assertThat(g.get("changes").get(1).toString()).contains("\"upgrades\":1", "\"downgrades\":1", "\"newA\":1");
    assertThat(g.get("distribution").get("A").asLong()).isEqualTo(
        jdbc.queryForObject("select count(*) from crm_customer where status = 'ACTIVE' and grade = 'A'", Long.class));
    JsonNode teamGrades = ok(as("liuyang").get("/api/kpis/grades?quarters=2"));
    assertThat(teamGrades.get("distribution").get("C").asLong()).isEqualTo(jdbc.queryForObject(
        "select count(*) from crm_customer where status = 'ACTIVE' and grade = 'C' and owner in ('zhangwei', 'lina')",
        Long.class));
    assertThat(teamGrades.get("changes").get(1).toString()).contains("\"upgrades\":0", "\"downgrades\":0");

    JsonNode overdue = ok(as("wuxia").get("/api/kpis/return-visits/overdue"));
    assertThat(overdue.get("today").asText()).isEqualTo("2042-05-20");
    assertThat(overdue.get("byOwner").get(o2).asLong()).isEqualTo(1);
    assertThat(overdue.get("byOwner").has(o1)).isFalse();
    JsonNode teamOverdue = ok(as("liuyang").get("/api/kpis/return-visits/overdue"));
    assertThat(teamOverdue.get("byOwner").has(o2)).isFalse();
    teamOverdue.get("visits").forEach(v -> assertThat(v.get("owner").asText()).isIn("zhangwei", "lina"));
  }

  @Test
  void projectsByStageAndExpiringAgreementsMatchTheTablesAndTheScope() {
    Fixtures f = new Fixtures(jdbc, customers);
    Long mine = f.customer("B", "lina");
    Long other = f.customer("B", "kpc-" + UUID.randomUUID().toString().substring(0, 6));
    Fixtures.at("2042-03-01T10:00");
    String soon = agreement(mine, "IN_FORCE", LocalDate.of(2042, 4, 15));
    String otherSoon = agreement(other, "IN_FORCE", LocalDate.of(2042, 5, 1));
    String later = agreement(mine, "IN_FORCE", LocalDate.of(2042, 6, 15)); // 106 days
    String ended = agreement(mine, "TERMINATED", LocalDate.of(2042, 4, 1));

    JsonNode all = ok(as("wuxia").get("/api/kpis/agreements/expiring?days=90"));
    List<String> numbers = numbers(all);
    assertThat(numbers).contains(soon, otherSoon).doesNotContain(later, ended);
    assertThat(numbers.indexOf(soon)).isLessThan(numbers.indexOf(otherSoon)); // soonest first
    JsonNode first = all.get("agreements").get(numbers.indexOf(soon));
    assertThat(first.get("daysLeft").asLong()).isEqualTo(45);
    assertThat(first.get("owner").asText()).isEqualTo("lina");
    assertThat(numbers(ok(as("liuyang").get("/api/kpis/agreements/expiring?days=90"))))
        .contains(soon).doesNotContain(otherSoon);
    assertThat(numbers(ok(as("wuxia").get("/api/kpis/agreements/expiring?days=120")))).contains(later);

    JsonNode stages = ok(as("wuxia").get("/api/kpis/projects"));
    assertThat(stages.get("stages")).hasSize(8);
    assertThat(stages.get("total").asLong())
        .isEqualTo(jdbc.queryForObject("select count(*) from crm_project", Long.class));
    assertThat(stages.get("stages").get(0).get("label").asText()).isEqualTo("需求沟通");
    JsonNode teamStages = ok(as("liuyang").get("/api/kpis/projects"));
    assertThat(teamStages.get("total").asLong()).isEqualTo(jdbc.queryForObject(
        "select count(*) from crm_project where account_manager in ('zhangwei', 'lina')", Long.class));

    JsonNode open = ok(as("yangjun").get("/api/kpis/complaints/open")); // cs-manager
    assertThat(open.get("byBreachLevel")).hasSize(4);
    assertThat(open.get("total").asLong())
        .isEqualTo(jdbc.queryForObject("select count(*) from crm_complaint where status <> 'CLOSED'", Long.class));
  }

  @Test
  void staffWithoutATeamAndBadParametersAreRefusedClearly() {
    for (String path : List.of("/api/kpis/satisfaction", "/api/kpis/grades", "/api/kpis/return-visits/overdue",
        "/api/kpis/projects", "/api/kpis/agreements/expiring")) {
      Rest.Response owner = as("zhangwei").get(path); // an account manager leads no team
      assertThat(owner.status()).as(path).isEqualTo(403);
      assertThat(owner.body()).as(path).contains("团队负责人");
      assertThat(as("yangjun").get(path).status()).as(path + " cs-manager").isEqualTo(403);
      assertThat(Rest.anonymous(port).get(path).status()).as(path).isEqualTo(401);
    }
    assertThat(as("zhangwei").get("/api/kpis/complaints/open").status()).isEqualTo(403);
    Rest.Response zero = as("wuxia").get("/api/kpis/satisfaction?quarters=0");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.body()).contains("季度数必须在 1 到 8 之间");
    assertThat(as("wuxia").get("/api/kpis/grades?quarters=9").status()).isEqualTo(400);
    assertThat(as("wuxia").get("/api/kpis/grades?quarters=abc").status()).isEqualTo(400);
    Rest.Response days = as("wuxia").get("/api/kpis/agreements/expiring?days=400");
    assertThat(days.status()).isEqualTo(400);
    assertThat(days.body()).contains("天数必须在 1 到 366 之间");
  }

  private String agreement(Long customerId, String status, LocalDate end) {
    String number = "AGR-IT-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("insert into crm_agreement (agreement_number, customer_id, status, title, parties, rights_obligations,"
        + " content, start_date, end_date, payment_terms, breach_liability, drafted_by, created_at)"
        + " values (?, ?, ?, '统计测试协议', '甲方；乙方', '权利义务', '内容', ?, ?, '月结', '违约责任', 'system', ?)",
        number, customerId, status, end.minusYears(1), end, Fixtures.ts("2042-01-01T00:00"));
    return number;
  }

  private static JsonNode ok(Rest.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> quarters(JsonNode report) {
    List<String> q = new ArrayList<>();
    report.get("quarters").forEach(n -> q.add(n.get("quarter").asText()));
    return q;
  }

  private static List<String> owners(JsonNode report) {
    List<String> o = new ArrayList<>();
    report.get("quarters").get(0).get("owners").forEach(n -> o.add(n.get("owner").asText()));
    return o;
  }

  /** "surveys/satisfied/rate" of the owner in the quarter at {@code index}, or null when not listed. */
  private static String owner(JsonNode report, int index, String owner) {
    for (JsonNode o : report.get("quarters").get(index).get("owners")) {
      if (o.get("owner").asText().equals(owner)) {
        return o.get("surveys").asInt() + "/" + o.get("satisfied").asInt() + "/"
            + (o.get("rate").isNull() ? "null" : o.get("rate").decimalValue().setScale(2).toPlainString());
      }
    }
    return null;
  }

  private static List<String> numbers(JsonNode expiring) {
    List<String> n = new ArrayList<>();
    expiring.get("agreements").forEach(a -> n.add(a.get("agreementNumber").asText()));
    return n;
  }
}
