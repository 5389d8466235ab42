package com.crmflow.customer.credit;

import static com.crmflow.testsupport.BeijingTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code credit-evaluation} (SPEC P3.7) with the real listeners, form validation and tables: a good
 * rating applies at once; a rating below the threshold waits for crm-dept's risk measures; the lapse opens a
 * re-evaluation for finance; a superseded evaluation lapses without one; a grading run raising a customer to A
 * starts an evaluation. And what an insider might try: an extra variable to skip the risk measures, a rating not
 * on the scale, another evaluation's id.
 */
@ProcessTest
@ProcessCoverageGate
class CreditEvaluationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired CustomerGrades grades;
  @Autowired CreditStarter starter;
  @Autowired CreditEvaluationRepository evaluations;
  @Autowired CreditContext context;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at("2026-12-01T10:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  @Verifies("P3.7")
  void aGoodRatingAppliesAtOnceAndItsLapseOpensAReevaluationForFinance() {
    Long customerId = customer("B", "zhangwei");
    CreditEvaluation e = starter.start(customerId, CreditEvaluation.REQUEST, "wuxia");
    ProcessInstance pi = instance(e);
    assertThat(pi).isWaitingAt(CreditVariables.TASK_EVALUATE);
    assertThat(BpmnAwareTests.task(pi)).hasCandidateGroup("finance");
    assertThat((String) taskService.getVariable(BpmnAwareTests.task(pi).getId(), "context"))
        .contains(e.getEvaluationNumber()).contains("申请信用评估");

    evaluate(pi, "A", "500000.00", "2027-06-30");

    assertThat(pi).hasPassed("Task_ApplyEvaluation").isWaitingAt("TimerEvent_ValidUntil");
    CreditEvaluation current = evaluations.findById(e.getId()).orElseThrow();
    assertThat(current.getStatus()).isEqualTo(CreditEvaluation.CURRENT);
    assertThat(current.getRating()).isEqualTo("A");
    assertThat(current.getCreditLimit()).isEqualByComparingTo("500000");
    assertThat(current.getEvaluatedBy()).isEqualTo("hejing");
    assertThat(current.getRiskMeasure()).isNull();

    // the valid-until day, 09:00 Beijing: the re-evaluation opens for finance
    at("2027-06-30T09:00");
    execute(job(pi));
    assertThat(pi).isWaitingAt(CreditVariables.TASK_EVALUATE);
    assertThat(evaluations.findById(e.getId()).orElseThrow().getStatus()).isEqualTo(CreditEvaluation.EXPIRED);
    Long next = (Long) runtimeService.getVariable(pi.getId(), "evaluationId");
    assertThat(next).isNotEqualTo(e.getId());
    CreditEvaluation reevaluation = evaluations.findById(next).orElseThrow();
    assertThat(reevaluation.getTriggerKind()).isEqualTo(CreditEvaluation.EXPIRY);
    assertThat(reevaluation.getPreviousEvaluationId()).isEqualTo(e.getId());
    assertThat((String) taskService.getVariable(BpmnAwareTests.task(pi).getId(), "context"))
        .contains("上次评估").contains("A 信用较好");
  }

  @Test
  @Verifies("P3.7")
  void aRatingBelowTheThresholdWaitsForRiskMeasuresByCrmDeptAndASupersededEvaluationLapsesQuietly() {
    Long customerId = customer("C", "lina");
    CreditEvaluation first = starter.start(customerId, CreditEvaluation.REQUEST, "lina");
    ProcessInstance pi = instance(first);
    // an insider adds a routing flag to skip the risk measures: the step's result decides
    Map<String, Object> values = values("B", "80000", "2027-03-31");
    values.put("riskMeasuresNeeded", false);
    complete(BpmnAwareTests.task(pi), "hejing", values);

    assertThat(pi).isWaitingAt(CreditVariables.TASK_RISK_MEASURES);
    assertThat(BpmnAwareTests.task(pi)).hasCandidateGroup("crm-dept");
    assertThat(evaluations.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(CreditEvaluation.MEASURES);
    assertThat((String) taskService.getVariable(BpmnAwareTests.task(pi).getId(), "context"))
        .contains("B 信用较差").contains("80000");
    // a measure not on the list is refused, the task stays open
    assertThatThrownBy(() -> complete(BpmnAwareTests.task(pi), "wuxia",
        Map.of("measure", "insurance", "description", "投保信用保险"))).isInstanceOf(FormValidationException.class);
    complete(BpmnAwareTests.task(pi), "wuxia", Map.of("measure", "deposit", "description", "合同额 20% 保证金"));

    assertThat(pi).isWaitingAt("TimerEvent_ValidUntil");
    CreditEvaluation applied = evaluations.findById(first.getId()).orElseThrow();
    assertThat(applied.getStatus()).isEqualTo(CreditEvaluation.CURRENT);
    assertThat(applied.getRiskMeasure()).isEqualTo("deposit");
    assertThat(applied.getMeasuresBy()).isEqualTo("wuxia");

    // a new evaluation supersedes it before it lapses: the old instance ends without a re-evaluation
    CreditEvaluation second = starter.start(customerId, CreditEvaluation.REQUEST, "wuxia");
    ProcessInstance pi2 = instance(second);
    evaluate(pi2, "BBB", "200000", "2028-01-31");
    assertThat(evaluations.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(CreditEvaluation.SUPERSEDED);
    at("2027-03-31T09:00");
    execute(job(pi));
    assertThat(pi).hasPassed("EndEvent_Superseded").isEnded();
    assertThat(evaluations.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(CreditEvaluation.CURRENT);
  }

  @Test
  @Verifies("P3.7")
  void aRatingNotOnTheScaleIsRefusedAndAnotherEvaluationsIdIsNotWorkedOn() {
    Long customerId = customer("B", "zhangwei");
    ProcessInstance pi = instance(starter.start(customerId, CreditEvaluation.REQUEST, "wuxia"));
    Task task = BpmnAwareTests.task(pi);
    assertThatThrownBy(() -> complete(task, "hejing", values("D", "1000", "2027-06-30")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("D");
    assertThat(pi).isWaitingAt(CreditVariables.TASK_EVALUATE);

    // the id of another customer's evaluation in this instance's variables: refused, nothing changes there
    Long other = starter.start(customer("B", "lina"), CreditEvaluation.REQUEST, "wuxia").getId();
    runtimeService.setVariable(pi.getId(), "evaluationId", other);
    assertThatThrownBy(() -> complete(task, "hejing", values("AA", "1000", "2027-06-30")))
        .hasMessageContaining("属于另一个流程实例");
    assertThat(evaluations.findById(other).orElseThrow().getRating()).isNull();
  }

  @Test
  @Verifies("P3.7")
  void aGradingRunRaisingACustomerToAOrBStartsAnEvaluationButNotASecondOne() {
    Long customerId = customer("C", "zhangwei");
    grades.applyGrade(customerId, "B", "system");
    List<CreditEvaluation> started = evaluations.findAll().stream().filter(x -> x.getCustomerId().equals(customerId))
        .toList();
    assertThat(started).singleElement().satisfies(x -> {
      assertThat(x.getTriggerKind()).isEqualTo(CreditEvaluation.GRADING);
      assertThat(x.getProcessInstanceId()).isNotNull();
    });
    assertThat(context.summary(started.get(0).getId())).contains("客户等级调整为 A 级或 B 级");
    grades.applyGrade(customerId, "A", "system");
    assertThat(evaluations.findAll().stream().filter(x -> x.getCustomerId().equals(customerId))).hasSize(1);
    grades.applyGrade(customer("B", "lina"), "C", "system");
    assertThat(evaluations.findAll().stream().filter(x -> x.getTriggerKind().equals(CreditEvaluation.GRADING)
        && x.getCustomerId().equals(customerId))).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------- steps

  private void evaluate(ProcessInstance pi, String rating, String limit, String validUntil) {
    complete(BpmnAwareTests.task(pi), "hejing", values(rating, limit, validUntil));
  }

  private static Map<String, Object> values(String rating, String limit, String validUntil) {
    Map<String, Object> v = new HashMap<>();
    v.put("rating", rating);
    v.put("creditLimit", Double.valueOf(limit));
    v.put("evidence", "近两年按期付款，资产负债率 45%");
    v.put("validUntil", validUntil);
    return v;
  }

  private void complete(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, List.of(user.equals("hejing") ? "finance" : "crm-dept"));
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance instance(CreditEvaluation e) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceId(evaluations.findById(e.getId()).orElseThrow().getProcessInstanceId()).singleResult();
  }

  private Long customer(String grade, String owner) {
    Customer c = new Customer();
    c.setName("信用评估测试客户" + System.nanoTime());
    c.setOwner(owner);
    c.setGrade(grade);
    c.setCreatedAt(ClockUtil.getCurrentTime().toInstant());
    return customers.save(c).getId();
  }

  static BigDecimal amount(String s) {
    return new BigDecimal(s);
  }

  static LocalDate date(String s) {
    return LocalDate.parse(s);
  }
}
