package com.crmflow.survey.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static com.crmflow.testsupport.BeijingTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.platform.forms.BusinessRuleViolationException;
import com.crmflow.survey.domain.SatisfactionSurvey;
import com.crmflow.survey.domain.SurveyHistory;
import com.crmflow.survey.domain.SurveyHistory.SurveyEntry;
import com.crmflow.survey.domain.SurveyRepository;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code satisfaction-survey} (SPEC P7.1–P7.2) with the real delegates, form validation and tables:
 * started after a project, a complaint and a return visit with the source's score as the overall score (not asked
 * again), periodically by grade (not twice), a normal score, a low score → the improvement task of the owner's
 * team lead (or crm-dept) on the working-day calendar → done, a cancelled instance, a variable pointing at another
 * survey. That the three source processes start it is checked by their own process tests.
 */
@ProcessTest
@ProcessCoverageGate
class SatisfactionSurveyProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired SurveyRepository surveys;
  @Autowired SurveyStarter starter;
  @Autowired PeriodicSurveys periodic;
  @Autowired SurveyHistory history;

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
  @Verifies("P7.1")
  void afterAProjectTheOwnerSurveysTheDimensionsAndTheFeedbacksScoreIsTheOverallScore() {
    at("2026-11-24T10:00");
    Long customerId = customer("B", "zhangwei", "2026-01-05T10:00");
    String number = starter.afterProjectAcceptance(customerId, "PRJ-2026-9001", 4, "liuyang").orElseThrow();
    assertThat(starter.afterProjectAcceptance(customerId, "PRJ-2026-9001", 4, "liuyang"))
        .as("the same project's survey is open: not a second one").isEmpty();

    ProcessInstance pi = instance(number);
    assertThat(number).matches("SRV-2026-\\d{6}");
    Task task = task("Task_Survey", pi);
    assertThat(task.getAssignee()).as("the customer's owner").isEqualTo("zhangwei");
    assertThat(candidateGroups(task)).containsExactly("crm-dept");
    assertThat(runtimeService.getVariable(pi.getId(), "overallFromSource")).isEqualTo(true);
    assertThat((String) taskService.getVariableLocal(task.getId(), "context")).contains(number).contains("项目验收后")
        .contains("PRJ-2026-9001").contains("总体满意度：4/5").contains("不再重复询问");

    Map<String, Object> askedAgain = values("phone", 4, 5, 4, 4);
    askedAgain.put("overall", 5L);
    assertThatThrownBy(() -> completeAs(task, "zhangwei", askedAgain)).hasMessageContaining("overall")
        .hasMessageContaining("不再重复填写");
    Map<String, Object> outOfRange = values("phone", 6, 5, 4, 4);
    assertThatThrownBy(() -> completeAs(task, "zhangwei", outOfRange)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("quality");
    Map<String, Object> badWay = values("fax", 4, 5, 4, 4);
    assertThatThrownBy(() -> completeAs(task, "zhangwei", badWay)).isInstanceOf(FormValidationException.class);
    assertThat(pi).isWaitingAt("Task_Survey");

    at("2026-11-25T15:00");
    completeAs(task, "zhangwei", values("phone", 4, 5, 4, 4));
    assertThat(pi).isEnded().hasPassed("EndEvent_Surveyed").hasNotPassed("Task_Improvement");

    SatisfactionSurvey s = survey(number);
    assertThat(s.getStatus()).isEqualTo(SatisfactionSurvey.DONE);
    assertThat(s.getOpenKey()).isNull();
    assertThat(s.getTriggerKind()).isEqualTo("PROJECT");
    assertThat(s.getOverallScore()).isEqualTo(4);
    assertThat(s.getQualityScore()).isEqualTo(4);
    assertThat(s.getTimelinessScore()).isEqualTo(5);
    assertThat(s.isLowScore()).isFalse();
    assertThat(s.getSurveyedBy()).isEqualTo("zhangwei");
    assertThat(s.getComments()).isEqualTo("希望加快资料交付");

    // the owner sees it in the archive and on the customer's timeline
    assertThat(history.key()).isEqualTo("surveys");
    assertThat(history.entries(customerId)).singleElement().satisfies(e -> {
      assertThat(e.surveyNumber()).isEqualTo(number);
      assertThat(e.overallFromSource()).isTrue();
      assertThat(e.triggerName()).isEqualTo("项目验收后");
    });
    assertThat(history.communications(customerId)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("survey");
      assertThat(c.kindName()).isEqualTo("满意度调查");
      assertThat(c.way()).isEqualTo("电话");
      assertThat(c.at()).isEqualTo(instant("2026-11-25T15:00"));
      assertThat(c.summary()).contains("总体 4/5").doesNotContain("改进");
      assertThat(c.reference()).isEqualTo(number);
      assertThat(c.by()).isEqualTo("zhangwei");
    });
    // a closed survey does not block the next one of the same source
    assertThat(starter.afterProjectAcceptance(customerId, "PRJ-2026-9001", 5, "liuyang")).isPresent();
  }

  @Test
  @Verifies({"P7.1", "P7.2", "X.3"})
  void aLowScoreAfterAComplaintGoesToTheOwnersTeamLeadAsAnImprovementTaskDueInFiveWorkingDays() {
    at("2026-11-24T10:00");
    Long customerId = customer("A", "zhangwei", "2026-01-05T10:00");
    String number = starter.afterComplaintClosed(customerId, "CMP-2026-900001", 2, "huangfang").orElseThrow();
    ProcessInstance pi = instance(number);
    Task task = task("Task_Survey", pi);
    assertThat(task.getAssignee()).isEqualTo("zhangwei");

    // Friday 27 November 2026, 10:00: five working days later is Friday 4 December
    at("2026-11-27T10:00");
    completeAs(task, "zhangwei", values("interview", 3, 3, 3, 3));
    assertThat(pi).isWaitingAt("Task_Improvement").hasPassed("Task_OpenImprovement");
    Task improvement = task("Task_Improvement", pi);
    assertThat(candidateUsers(improvement)).as("zhangwei's team lead (config/organization.yaml)")
        .containsExactly("liuyang");
    assertThat(candidateGroups(improvement)).isEmpty();
    assertThat(improvement.getDueDate()).isEqualTo(beijing("2026-12-04T10:00"));
    assertThat((String) taskService.getVariableLocal(improvement.getId(), "context")).contains("调查结果")
        .contains("总体 2/5").contains("投诉结案后").contains("希望加快资料交付");
    SatisfactionSurvey low = survey(number);
    assertThat(low.isLowScore()).isTrue();
    assertThat(low.getImprovementDueAt()).isEqualTo(instant("2026-12-04T10:00"));
    assertThat(history.communications(customerId)).singleElement()
        .satisfies(c -> assertThat(c.summary()).contains("低分，改进任务办理中"));

    assertThatThrownBy(() -> completeAs(improvement, "liuyang", Map.of("improvementOutcome", "RESOLVED")))
        .hasMessageContaining("improvementMeasures");
    completeAs(improvement, "liuyang", Map.of("improvementOutcome", "RESOLVED",
        "improvementMeasures", "与客户复盘投诉处理过程，调整客服响应安排"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Improved");
    SatisfactionSurvey done = survey(number);
    assertThat(done.getImprovementOutcome()).isEqualTo("RESOLVED");
    assertThat(done.getImprovedBy()).isEqualTo("liuyang");
    assertThat(done.getImprovementMeasures()).contains("复盘");
    List<SurveyEntry> entries = history.entries(customerId);
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.lowScore()).isTrue();
      assertThat(e.improvementOutcome()).isEqualTo("RESOLVED");
    });
    assertThat(history.communications(customerId)).singleElement()
        .satisfies(c -> assertThat(c.summary()).contains("改进任务：已改进"));
  }

  @Test
  @Verifies("P7.2")
  void aDimensionScoredOneAfterAReturnVisitOfAnOwnerWithoutTeamLeadGoesToCrmDept() {
    at("2026-11-24T10:00");
    Long customerId = customer("C", "gaoming", "2026-01-05T10:00");
    String number = starter.afterReturnVisit(customerId, "VIS-2026-900001", 4, "gaoming").orElseThrow();
    ProcessInstance pi = instance(number);
    completeAs(task("Task_Survey", pi), "gaoming", values("questionnaire", 4, 1, 4, 4));
    Task improvement = task("Task_Improvement", pi);
    assertThat(candidateUsers(improvement)).isEmpty();
    assertThat(candidateGroups(improvement)).containsExactly("crm-dept");
    completeAs(improvement, "wuxia", Map.of("improvementOutcome", "PLANNED", "improvementMeasures", "纳入下季度交付计划"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Improved");
    assertThat(survey(number).getOverallScore()).isEqualTo(4);
    assertThat(survey(number).getTriggerKind()).isEqualTo("VISIT");
  }

  @Test
  @Verifies("P7.1")
  void periodicSurveysStartForTheDueGradesOnceAndAskTheOverallScore() {
    at("2026-11-24T10:00");
    Long dueA = customer("A", "zhangwei", "2026-05-20T10:00");   // half a year ago: due
    Long notDueB = customer("B", "lina", "2026-06-01T10:00");    // six months on 1 December
    Long notDueC = customer("C", "lina", "2026-05-20T10:00");    // yearly
    Long neverD = customer("D", "lina", "2020-01-01T10:00");     // D: no periodic survey
    Long surveyedA = customer("A", "lina", "2026-01-05T10:00");  // due, but surveyed after a project in October
    at("2026-10-10T10:00");
    String projectSurvey = starter.afterProjectAcceptance(surveyedA, "PRJ-2026-9002", 5, "liuyang").orElseThrow();
    at("2026-11-24T10:00");
    List<Long> mine = List.of(dueA, notDueB, notDueC, neverD, surveyedA);

    PeriodicSurveys.SweepResult first = periodic.startDue();
    PeriodicSurveys.SweepResult second = periodic.startDue();
    try {
      List<SatisfactionSurvey> started = surveys.findAll().stream()
          .filter(s -> mine.contains(s.getCustomerId()) && "PERIODIC".equals(s.getTriggerKind())).toList();
      assertThat(started).singleElement().satisfies(s -> {
        assertThat(s.getCustomerId()).isEqualTo(dueA);
        assertThat(s.getSourceRef()).isEqualTo("2026-11-20");
        assertThat(first.surveyNumbers()).contains(s.getSurveyNumber());
        assertThat(second.surveyNumbers()).as("the second sweep starts nothing for this customer")
            .doesNotContain(s.getSurveyNumber());
      });
      assertThat(second.surveyNumbers()).isEmpty();

      ProcessInstance pi = instance(started.get(0).getSurveyNumber());
      assertThat(runtimeService.getVariable(pi.getId(), "overallFromSource")).isEqualTo(false);
      Task task = task("Task_Survey", pi);
      assertThatThrownBy(() -> completeAs(task, "zhangwei", values("phone", 5, 5, 5, 5)))
          .hasMessageContaining("overall");
      Map<String, Object> withOverall = values("phone", 5, 5, 5, 5);
      withOverall.put("overall", 5L);
      completeAs(task, "zhangwei", withOverall);
      assertThat(pi).isEnded().hasPassed("EndEvent_Surveyed");
      assertThat(survey(started.get(0).getSurveyNumber()).getOverallScore()).isEqualTo(5);
      assertThat(periodic.startDue().surveyNumbers()).as("surveyed today: due again in half a year").isEmpty();
    } finally {
      // surveys the sweeps started for other classes' customers are not this test's business
      for (String n : first.surveyNumbers()) {
        SatisfactionSurvey s = survey(n);
        if (!mine.contains(s.getCustomerId())) {
          runtimeService.deleteProcessInstance(s.getProcessInstanceId(), "not this test's");
        }
      }
      runtimeService.deleteProcessInstance(survey(projectSurvey).getProcessInstanceId(), "done");
    }
    assertThat(survey(projectSurvey).getStatus()).as("a cancelled instance cancels its survey")
        .isEqualTo(SatisfactionSurvey.CANCELLED);
  }

  @Test
  @Verifies("P7.1")
  void aSurveyIdVariablePointingAtAnotherSurveyChangesNothing() {
    at("2026-11-24T10:00");
    Long customerId = customer("B", "zhangwei", "2026-01-05T10:00");
    ProcessInstance one = instance(starter.afterProjectAcceptance(customerId, "PRJ-2026-9003", 4, "x").orElseThrow());
    SatisfactionSurvey other = survey(starter.afterProjectAcceptance(customerId, "PRJ-2026-9004", 4, "x")
        .orElseThrow());
    runtimeService.setVariable(one.getId(), "surveyId", other.getId());
    assertThatThrownBy(() -> completeAs(task("Task_Survey", one), "zhangwei", values("phone", 4, 4, 4, 4)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("属于另一个流程实例");
    assertThat(survey(other.getSurveyNumber()).getStatus()).isEqualTo(SatisfactionSurvey.OPEN);
    assertThat(starter.start(customerId, "PERIODIC", "2026-11-24", null, "x")).isPresent();
    inactive(customerId);
    assertThat(starter.afterProjectAcceptance(customerId, "PRJ-2026-9005", 4, "x"))
        .as("an inactive customer is not surveyed").isEmpty();
  }

  @Autowired com.crmflow.customer.domain.CustomerOwnership ownership;

  @Test
  @Verifies("P7.1")
  void theCustomersNewOwnerTakesOverTheOpenSurvey() {
    at("2026-11-24T10:00");
    Long customerId = customer("B", "zhangwei", "2026-01-05T10:00");
    String number = starter.afterReturnVisit(customerId, "VIS-2026-900002", 3, "zhangwei").orElseThrow();
    ownership.changeOwner(customerId, new com.crmflow.customer.domain.OwnerChangeInput("lina", "客户经理岗位调整"),
        "wuxia");
    assertThat(task("Task_Survey", instance(number)).getAssignee()).isEqualTo("lina");
    assertThat(survey(number).getOwner()).isEqualTo("lina");
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private Long customer(String grade, String owner, String since) {
    Customer c = new Customer();
    c.setName("满意度调查测试客户" + System.nanoTime());
    c.setIndustry("装备制造");
    c.setOwner(owner);
    c.setGrade(grade);
    c.setCreatedAt(instant(since));
    return customers.save(c).getId();
  }

  private void inactive(Long customerId) {
    Customer c = customers.findById(customerId).orElseThrow();
    c.setStatus("INACTIVE");
    customers.save(c);
  }

  private static Map<String, Object> values(String way, long quality, long timeliness, long attitude,
      long professionalism) {
    Map<String, Object> v = new HashMap<>();
    v.put("way", way);
    v.put("quality", quality);
    v.put("timeliness", timeliness);
    v.put("attitude", attitude);
    v.put("professionalism", professionalism);
    v.put("comments", "希望加快资料交付");
    return v;
  }

  static final Map<String, List<String>> GROUPS = Map.of("zhangwei", List.of("account-manager"),
      "lina", List.of("account-manager"), "gaoming", List.of("account-manager"), "wuxia", List.of("crm-dept"),
      "liuyang", List.of("division-leader"));

  private void completeAs(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      taskService.complete(task.getId(), Variables.fromMap(values));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private SatisfactionSurvey survey(String number) {
    return surveys.findBySurveyNumber(number).orElseThrow();
  }

  private ProcessInstance instance(String number) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(survey(number).getProcessInstanceId())
        .singleResult();
  }

  private List<String> candidateGroups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().filter(l -> "candidate".equals(l.getType()))
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  private List<String> candidateUsers(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().filter(l -> "candidate".equals(l.getType()))
        .map(IdentityLink::getUserId).filter(u -> u != null).toList();
  }

}
