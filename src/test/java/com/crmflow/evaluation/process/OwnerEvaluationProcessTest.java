package com.crmflow.evaluation.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.evaluation.domain.EvaluationProposal;
import com.crmflow.evaluation.domain.OwnerEvaluation;
import com.crmflow.evaluation.domain.OwnerFigures;
import com.crmflow.evaluation.domain.Quarter;
import com.crmflow.evaluation.domain.QuarterlyEvaluations;
import com.crmflow.survey.domain.SatisfactionSurvey;
import com.crmflow.survey.domain.SurveyRepository;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code owner-evaluation} (SPEC P7.3–P7.4) with the real delegates, decision table, form validation
 * and tables: the quarterly timer, a quarter without anything to count, a quarter with figures and proposals →
 * senior management's decision (approve / adjust / reject with reason; attitude and teamwork), and the refusals of a
 * missing reason, a forged proposal id, a missing owner and an evaluation of another instance. The exact figures
 * over all sources are asserted by {@code OwnerEvaluationIT} on PostgreSQL.
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = "credit-evaluation") // started by upgrades to A/B, measured by CreditEvaluationProcessTest
class OwnerEvaluationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired CustomerGrades grades;
  @Autowired SurveyRepository surveys;
  @Autowired QuarterlyEvaluations evaluations;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  @Verifies("P7.3")
  void theQuarterlyTimerEvaluatesTheQuarterThatEndedAndAQuarterWithoutFiguresEndsAtOnce() {
    Job timer = managementService.createJobQuery().processDefinitionKey(EvaluationVariables.PROCESS_KEY)
        .activityId("StartEvent_QuarterlyTimer").timers().singleResult();
    assertThat(timer).as("the timer start event is scheduled on deployment").isNotNull();
    at("2041-01-01T03:00");
    managementService.executeJob(timer.getId());
    ProcessInstance pi = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(EvaluationVariables.PROCESS_KEY).active().list().stream()
        .filter(p -> p.getBusinessKey() == null).findFirst().orElseThrow();
    runJobs(pi);
    assertThat(pi).isEnded().hasPassed("Task_ComputeFigures", "EndEvent_NothingToEvaluate")
        .hasNotPassed("Task_DecideProposals");
    OwnerEvaluation e = evaluations.ofQuarter(Quarter.parse("2040-Q4")).orElseThrow();
    assertThat(e.getStatus()).isEqualTo(OwnerEvaluation.EMPTY);
    assertThat(e.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(evaluations.figuresOf(e.getId())).isEmpty();
  }

  @Test
  @Verifies({"P7.3", "P7.4"})
  void figuresAndProposalsGoToSeniorManagementWhoDecidesEachWithAReason() {
    // 2039-Q1: li39 7 of 10 satisfied (70 %, no penalty), then 2039-Q2 6 of 10 (60 %: once below 70 % is no penalty)
    // 2039-Q2: wang39 9 of 10 (90 %: reward); zhao39 upgrades C → B and gets a new A customer (D → A)
    Long liCustomer = customer("B", "li39");
    Long wangCustomer = customer("A", "wang39");
    Long zhaoUpgrade = customer("C", "zhao39");
    Long zhaoNewA = customer("D", "zhao39");
    surveys(liCustomer, "li39", "2039-02-10T10:00", 7, 3);
    surveys(liCustomer, "li39", "2039-05-10T10:00", 6, 4);
    surveys(wangCustomer, "wang39", "2039-05-11T10:00", 9, 1);
    at("2039-06-30T23:30");
    grades.applyGrade(zhaoUpgrade, "B", "system");
    grades.applyGrade(zhaoNewA, "A", "system");
    at("2039-07-01T00:00");
    grades.applyGrade(wangCustomer, "B", "system"); // next quarter: not counted

    at("2039-04-01T03:00");
    ProcessInstance q1 = start();
    assertThat(q1.getBusinessKey()).isNull();
    Task t1 = task("Task_DecideProposals", q1);
    assertThat(candidateGroups(t1)).containsExactly("senior-management");
    OwnerEvaluation e1 = evaluations.ofQuarter(Quarter.parse("2039-Q1")).orElseThrow();
    assertThat(evaluations.proposalsOf(e1.getId())).isEmpty();
    assertThat(figures(e1).get("li39").getSatisfactionRate()).isEqualByComparingTo("70.00");
    complete(t1, "gaoyang", List.of(), List.of(owner("li39", 4, 3)));
    assertThat(q1).isEnded().hasPassed("EndEvent_Decided");
    assertThat(evaluations.get(e1.getId()).getStatus()).isEqualTo(OwnerEvaluation.DECIDED);
    assertThat(figures(e1).get("li39").getAttitude()).isEqualTo(4);
    assertThat(figures(e1).get("li39").getTeamwork()).isEqualTo(3);

    at("2039-07-01T03:00");
    ProcessInstance q2 = start();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(q2.getId()).singleResult()
        .getBusinessKey()).isEqualTo("EVA-2039-Q2");
    Task t2 = task("Task_DecideProposals", q2);
    assertThat(t2.getDueDate()).as("10 working days later").isNotNull();
    OwnerEvaluation e2 = evaluations.ofQuarter(Quarter.parse("2039-Q2")).orElseThrow();
    Map<String, OwnerFigures> f = figures(e2);
    assertThat(f.keySet()).containsExactly("li39", "wang39", "zhao39");
    assertThat(f.get("li39").getSatisfactionRate()).isEqualByComparingTo("60.00");
    assertThat(f.get("wang39").getSatisfactionRate()).isEqualByComparingTo("90.00");
    assertThat(f.get("zhao39").getSatisfactionRate()).isNull();
    assertThat(f.get("zhao39").getUpgrades()).isEqualTo(1);
    assertThat(f.get("zhao39").getNewACustomers()).isEqualTo(1);
    List<EvaluationProposal> proposals = evaluations.proposalsOf(e2.getId());
    assertThat(proposals).extracting(p -> p.getOwner() + ":" + p.getKind() + ":" + p.getReasonCode())
        .containsExactlyInAnyOrder("wang39:REWARD:SATISFACTION_HIGH", "zhao39:REWARD:UPGRADE",
            "zhao39:REWARD:NEW_A");
    String context = (String) taskService.getVariableLocal(t2.getId(), "context");
    assertThat(context).contains("2039 年第 2 季度").contains("wang39").contains("90%（9/10）");

    Long reward = id(proposals, "SATISFACTION_HIGH");
    Long upgrade = id(proposals, "UPGRADE");
    Long newA = id(proposals, "NEW_A");
    List<Map<String, Object>> owners = List.of(owner("li39", 3, 3), owner("wang39", 5, 4), owner("zhao39", 4, 5));

    // a reject without a reason is refused, nothing written
    assertThatThrownBy(() -> complete(t2, "gaoyang", List.of(decision(reward, "approve", null),
        decision(upgrade, "reject", " "), decision(newA, "approve", null)), owners))
        .hasMessageContaining("必须填写审定理由");
    // a proposal of another evaluation (e.g. of another run) is refused
    assertThatThrownBy(() -> complete(t2, "gaoyang", List.of(decision(reward, "approve", null),
        decision(upgrade, "approve", null), decision(newA, "approve", null), decision(999_999L, "approve", null)),
        owners)).hasMessageContaining("不属于本次季度考核");
    // a proposal left out, an owner left out, a decision that is no option
    assertThatThrownBy(() -> complete(t2, "gaoyang", List.of(decision(reward, "approve", null)), owners))
        .hasMessageContaining("没有审定");
    assertThatThrownBy(() -> complete(t2, "gaoyang", List.of(decision(reward, "approve", null),
        decision(upgrade, "approve", null), decision(newA, "approve", null)), owners.subList(0, 2)))
        .hasMessageContaining("工作态度和团队协作");
    assertThatThrownBy(() -> complete(t2, "gaoyang", List.of(decision(reward, "maybe", null),
        decision(upgrade, "approve", null), decision(newA, "approve", null)), owners))
        .hasMessageContaining("审定结果");
    assertThat(q2).isWaitingAt("Task_DecideProposals");
    assertThat(evaluations.proposalsOf(e2.getId())).allMatch(p -> p.getDecision() == null);

    complete(t2, "gaoyang", List.of(decision(reward, "approve", null), decision(upgrade, "adjust", "奖励减半"),
        decision(newA, "reject", "客户为集团内转入")), owners);
    assertThat(q2).isEnded().hasPassed("EndEvent_Decided");
    assertThat(evaluations.proposalsOf(e2.getId()))
        .extracting(p -> p.getReasonCode() + ":" + p.getDecision() + ":" + p.getDecisionReason() + ":"
            + p.getDecidedBy())
        .containsExactlyInAnyOrder("SATISFACTION_HIGH:approve:null:gaoyang", "UPGRADE:adjust:奖励减半:gaoyang",
            "NEW_A:reject:客户为集团内转入:gaoyang");
    assertThat(figures(e2).get("wang39").getAttitude()).isEqualTo(5);

    // the same quarter is not computed twice
    assertThatThrownBy(() -> evaluations.compute(Quarter.parse("2039-Q2"))).hasMessageContaining("已经计算过");
  }

  @Test
  @Verifies("P7.3")
  void twoQuartersBelowSeventyPercentOpenAPenaltyReview() {
    Long c = customer("C", "sun38");
    surveys(c, "sun38", "2038-01-15T10:00", 6, 4);
    surveys(c, "sun38", "2038-04-15T10:00", 1, 2);
    at("2038-04-01T03:00");
    ProcessInstance q1 = start();
    complete(task("Task_DecideProposals", q1), "gaoyang", List.of(), List.of(owner("sun38", 3, 3)));
    at("2038-07-01T03:00");
    ProcessInstance q2 = start();
    OwnerEvaluation e2 = evaluations.ofQuarter(Quarter.parse("2038-Q2")).orElseThrow();
    assertThat(figures(e2).get("sun38").getSatisfactionRate()).isEqualByComparingTo(new BigDecimal("33.33"));
    assertThat(evaluations.proposalsOf(e2.getId())).singleElement().satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(EvaluationProposal.PENALTY_REVIEW);
      assertThat(p.getReason()).contains("连续两个季度").contains("33.33%").contains("60%");
    });
    // the task's evaluation variable rewritten to another instance's evaluation: refused
    Task t = task("Task_DecideProposals", q2);
    Long other = evaluations.ofQuarter(Quarter.parse("2038-Q1")).orElseThrow().getId();
    runtimeService.setVariable(q2.getId(), "evaluationId", other);
    Long penalty = evaluations.proposalsOf(e2.getId()).get(0).getId();
    assertThatThrownBy(() -> complete(t, "gaoyang", List.of(decision(penalty, "approve", null)),
        List.of(owner("sun38", 2, 2)))).hasMessageContaining("另一个流程实例");
    runtimeService.setVariable(q2.getId(), "evaluationId", e2.getId());
    complete(t, "gaoyang", List.of(decision(penalty, "approve", null)), List.of(owner("sun38", 2, 2)));
    assertThat(q2).isEnded();
  }

  // ---- helpers

  private ProcessInstance start() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(EvaluationVariables.PROCESS_KEY);
    runJobs(pi);
    return pi;
  }

  private void runJobs(ProcessInstance pi) {
    for (Job j : managementService.createJobQuery().processInstanceId(pi.getId()).list()) {
      managementService.executeJob(j.getId());
    }
  }

  private Long customer(String grade, String owner) {
    Customer c = new Customer();
    c.setName("季度考核测试客户" + System.nanoTime());
    c.setIndustry("装备制造");
    c.setOwner(owner);
    c.setGrade(grade);
    c.setCreatedAt(instant("2030-01-05T10:00"));
    return customers.save(c).getId();
  }

  /** {@code good} surveys with overall 5 and {@code poor} with overall 3, recorded at {@code at}. */
  private void surveys(Long customerId, String owner, String at, int good, int poor) {
    for (int i = 0; i < good + poor; i++) {
      SatisfactionSurvey s = new SatisfactionSurvey();
      s.setSurveyNumber("SRV-T-" + System.nanoTime());
      s.setCustomerId(customerId);
      s.setTriggerKind("PERIODIC");
      s.setSourceRef("T" + i);
      s.setStatus(SatisfactionSurvey.DONE);
      s.setOwner(owner);
      s.setCreatedAt(instant(at));
      s.setCreatedBy("system");
      s.setOverallScore(i < good ? 5 : 3);
      s.setSurveyedBy(owner);
      s.setSurveyedAt(instant(at));
      surveys.save(s);
    }
  }

  private Map<String, OwnerFigures> figures(OwnerEvaluation e) {
    Map<String, OwnerFigures> byOwner = new java.util.TreeMap<>();
    evaluations.figuresOf(e.getId()).forEach(f -> byOwner.put(f.getOwner(), f));
    return byOwner;
  }

  private static Long id(List<EvaluationProposal> proposals, String reasonCode) {
    return proposals.stream().filter(p -> p.getReasonCode().equals(reasonCode)).findFirst().orElseThrow().getId();
  }

  private static Map<String, Object> decision(Long proposalId, String decision, String reason) {
    Map<String, Object> m = new HashMap<>();
    m.put("proposalId", proposalId);
    m.put("owner", "x");
    m.put("proposal", "x");
    m.put("decision", decision);
    m.put("reason", reason);
    return m;
  }

  private static Map<String, Object> owner(String owner, long attitude, long teamwork) {
    Map<String, Object> m = new HashMap<>();
    m.put("owner", owner);
    m.put("figures", "x");
    m.put("attitude", attitude);
    m.put("teamwork", teamwork);
    return m;
  }

  private void complete(Task task, String user, List<Map<String, Object>> decisions,
      List<Map<String, Object>> owners) {
    identityService.setAuthentication(user, List.of("senior-management"));
    try {
      Map<String, Object> v = new HashMap<>();
      v.put("proposals", SpinValues.jsonValue(json(decisions)).create());
      v.put("owners", SpinValues.jsonValue(json(owners)).create());
      taskService.complete(task.getId(), Variables.fromMap(v));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String json(List<Map<String, Object>> rows) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(new ArrayList<>(rows));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }
}
