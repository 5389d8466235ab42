package com.crmflow.conformance;

import static com.crmflow.testsupport.BeijingTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.crmflow.conformance.ConformanceReport.Figure;
import com.crmflow.conformance.ConformanceReport.InstanceDetail;
import com.crmflow.conformance.ConformanceReport.InstanceFindings;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real complaint-handling instances (real delegates, forms and tables; the steps as ComplaintHandlingProcessTest
 * works them) in a period no other test uses — August and September 2027 — and the conformance report of that
 * period, asserted exactly: one conforming complaint, one answered late and escalated, one reopened after a
 * recurrence, one moved past its corrective action (Cockpit's process-instance modification), one cancelled, one
 * still running. Coverage of complaint-handling is measured by ComplaintHandlingProcessTest, not here.
 */
@ProcessTest
class ConformanceReportProcessTest {

  static final LocalDate FROM = LocalDate.parse("2027-08-01");
  static final LocalDate TO = LocalDate.parse("2027-09-30");

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired ConformanceService conformance;

  Long customerId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    Customer c = new Customer();
    c.setName("合规检查客户" + System.nanoTime());
    c.setOwner("zhangwei");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  @Verifies("X.4")
  void theReportOfAPeriodCountsEachKindOfFindingAndNamesTheReasons() {
    // A: every mandated step, in time
    at("2027-08-02T09:00");
    ProcessInstance conforming = start();
    toEnd(conforming, false);

    // B: the initial response comes late; the breach escalates to the cs-manager, who supervises
    at("2027-08-02T09:10");
    ProcessInstance late = start();
    at("2027-08-03T09:10");
    execute(job("Timer_InitialResponseLevel1", late));
    complete(task("Task_SuperviseOverdue_InitialResponse", late), withVariables("superviseMeasures", "已催办"));
    at("2027-08-03T10:00");
    toEnd(late, false);

    // C: the follow-up finds the problem recurred: the complaint is handled a second time
    at("2027-08-02T09:20");
    ProcessInstance reopened = start();
    toEnd(reopened, true);

    // D: the corrective action is moved past (process-instance modification, as Cockpit or the REST API can)
    at("2027-08-02T09:30");
    ProcessInstance skipped = start();
    respondAndResolve(skipped);
    complete(task("Task_RecordVerdict", skipped), withVariables("customerSatisfied", true, "satisfactionScore", 5L));
    runtimeService.createProcessInstanceModification(skipped.getId()).startBeforeActivity("TimerEvent_FollowUp")
        .cancelAllForActivity("Task_DefineCorrectiveAction").execute();
    followUpAndSurvey(skipped, false);

    // E: cancelled; F: still running
    at("2027-08-02T09:40");
    ProcessInstance cancelled = start();
    runtimeService.deleteProcessInstance(cancelled.getId(), "重复登记");
    at("2027-08-02T09:50");
    ProcessInstance running = start();

    assertThat(conforming).isEnded();
    assertThat(late).isEnded();
    assertThat(reopened).isEnded();
    assertThat(skipped).isEnded().hasPassed("TimerEvent_FollowUp"); // the corrective action: cancelled, see below
    assertThat(running).isWaitingAt("Task_AssessComplaint");

    ConformanceReport r = conformance.report("complaint-handling", FROM, TO, 0, 50);
    assertThat(r.processName()).isEqualTo("客户投诉处理");
    assertThat(List.of(r.instances(), r.completed(), r.running(), r.terminated())).containsExactly(6L, 4L, 1L, 1L);
    assertThat(r.deadlineBreached()).isEqualTo(new Figure(1, 6, 0.1667));
    assertThat(r.escalated()).isEqualTo(new Figure(1, 6, 0.1667));
    assertThat(r.reopened()).isEqualTo(new Figure(1, 6, 0.1667));
    assertThat(r.skippedMandatedStep()).as("of the completed ones").isEqualTo(new Figure(1, 4, 0.25));
    assertThat(r.cancelled()).isEqualTo(new Figure(1, 6, 0.1667));
    assertThat(r.incident()).isEqualTo(new Figure(0, 6, 0.0));
    assertThat(r.nonconforming()).isEqualTo(new Figure(4, 6, 0.6667));
    assertThat(r.conformanceRate()).isEqualTo(0.3333);
    assertThat(r.skipsByStep()).containsExactly(
        new ConformanceReport.StepSkips("Task_DefineCorrectiveAction", "制定纠正与预防措施", 1));
    assertThat(r.mandatedSteps()).extracting(ConformanceReport.Mandated::name).startsWith("登记投诉", "初步评估投诉",
        "初步响应客户");

    assertThat(r.findings().total()).isEqualTo(4);
    assertThat(r.findings().items()).extracting(InstanceFindings::processInstanceId)
        .containsExactly(late.getId(), reopened.getId(), skipped.getId(), cancelled.getId());
    assertThat(reasons(r, late)).containsExactlyInAnyOrder(
        tuple(FindingKind.ESCALATED, "超时升级至客户服务经理"),
        tuple(FindingKind.DEADLINE_BREACHED, "首次响应超时（第 1 轮，逾期完成）"));
    assertThat(reasons(r, reopened)).containsExactly(
        tuple(FindingKind.REOPENED, "跟踪检查发现问题复发，投诉重新处理 1 次"));
    assertThat(reasons(r, skipped)).containsExactly(
        tuple(FindingKind.MANDATED_STEP_SKIPPED, "未经过必经步骤「制定纠正与预防措施」（始终必经）"));
    assertThat(reasons(r, cancelled)).containsExactly(
        tuple(FindingKind.TERMINATED, "流程未办完即被取消：重复登记"));
    InstanceFindings first = r.findings().items().get(0);
    assertThat(first.cockpitUrl()).isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + late.getId());
    assertThat(first.pathUrl()).isEqualTo("/api/conformance/complaint-handling/instances/" + late.getId());
    assertThat(first.businessKey()).startsWith("CMP-2027-");
    assertThat(first.state()).isEqualTo("COMPLETED");

    // paging: the second page of two holds the third and fourth instance
    ConformanceReport page2 = conformance.report("complaint-handling", FROM, TO, 1, 2);
    assertThat(page2.findings().items()).extracting(InstanceFindings::processInstanceId)
        .containsExactly(skipped.getId(), cancelled.getId());
    assertThat(page2.findings().total()).isEqualTo(4);

    // a period the instances are not in is empty; one that only holds their end (the follow-up, 30 days on) is not
    assertThat(conformance.report("complaint-handling", LocalDate.parse("2027-07-01"),
        LocalDate.parse("2027-07-31"), 0, 50).instances()).isZero();
    ConformanceReport september = conformance.report("complaint-handling", LocalDate.parse("2027-09-01"), TO, 0, 50);
    assertThat(september.instances()).as("ended in September: the four completed ones").isEqualTo(4);
    assertThat(september.running()).isZero();

    // the drill-down: the skipped instance's path and the check of each mandated step
    InstanceDetail detail = conformance.instance("complaint-handling", skipped.getId());
    assertThat(detail.mandatedSteps()).filteredOn(m -> m.activityId().equals("Task_DefineCorrectiveAction"))
        .singleElement().extracting(ConformanceReport.MandatedCheck::result).isEqualTo("SKIPPED");
    assertThat(detail.mandatedSteps()).filteredOn(m -> m.activityId().equals("Task_HoldInternalMeeting"))
        .singleElement().extracting(ConformanceReport.MandatedCheck::result).isEqualTo("NOT_MANDATED");
    assertThat(detail.mandatedSteps()).filteredOn(m -> m.activityId().equals("Task_RecordVerdict"))
        .singleElement().extracting(ConformanceReport.MandatedCheck::result).isEqualTo("PASSED");
    assertThat(detail.path()).filteredOn(s -> s.activityId().equals("Task_DefineCorrectiveAction")).singleElement()
        .satisfies(s -> assertThat(s.canceled()).as("started, then moved past").isTrue());
    assertThat(conformance.instance("complaint-handling", running.getId()).mandatedSteps())
        .filteredOn(m -> m.activityId().equals("Task_SatisfactionSurvey")).singleElement()
        .extracting(ConformanceReport.MandatedCheck::result).isEqualTo("OPEN");
  }

  @Test
  void anUnknownProcessABackwardPeriodOrOneTooLongIsRefusedInChinese() {
    assertThatThrownBy(() -> conformance.report("complaint-handlin", FROM, TO, 0, 50))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("没有流程「complaint-handlin」")
        .hasMessageContaining("complaint-handling");
    assertThatThrownBy(() -> conformance.report("complaint-handling", TO, FROM, 0, 50))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("不能晚于");
    assertThatThrownBy(() -> conformance.report("complaint-handling", LocalDate.parse("2026-01-01"),
        LocalDate.parse("2027-01-02"), 0, 50)).isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("统计期间为 367 天，最长 366 天");
    assertThatThrownBy(() -> conformance.report("complaint-handling", FROM, TO, 0, 201))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("size");
    assertThatThrownBy(() -> conformance.instance("customer-project", startAndReturnId()))
        .as("an instance of another process").isInstanceOf(NotFoundException.class);
  }

  private List<org.assertj.core.groups.Tuple> reasons(ConformanceReport r, ProcessInstance pi) {
    return r.findings().items().stream().filter(i -> i.processInstanceId().equals(pi.getId())).findFirst()
        .orElseThrow().reasons().stream().map(f -> tuple(f.kind(), f.detail())).toList();
  }

  // ---------------------------------------------------------------------------------------------- steps

  private String startAndReturnId() {
    at("2027-10-05T09:00");
    return start().getId();
  }

  private ProcessInstance start() {
    Map<String, Object> v = new HashMap<>();
    v.put("customerId", customerId);
    v.put("channel", "hotline");
    v.put("content", "安装后设备频繁报警");
    v.put("category", "service-attitude");
    v.put("severity", "medium");
    v.put("contactPreference", "phone");
    v.put("contactName", "刘经理");
    v.put("contactPhone", "13800000000");
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint-handling")
        .latestVersion().singleResult().getId();
    identityService.setAuthentication("huangfang", List.of("cs-specialist"));
    try {
      return formService.submitStartForm(definition, v);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void toEnd(ProcessInstance pi, boolean recurredOnce) {
    respondAndResolve(pi);
    complete(task("Task_RecordVerdict", pi), withVariables("customerSatisfied", true, "satisfactionScore", 5L));
    correctiveAction(pi);
    if (recurredOnce) {
      execute(job("TimerEvent_FollowUp", pi));
      complete(task("Task_CheckRecurrence", pi), withVariables("recurred", true, "followUpNote", "问题再次出现"));
      investigateAndResolve(pi);
      complete(task("Task_RecordVerdict", pi), withVariables("customerSatisfied", true, "satisfactionScore", 4L));
      correctiveAction(pi);
    }
    followUpAndSurvey(pi, false);
  }

  private void respondAndResolve(ProcessInstance pi) {
    complete(task("Task_AssessComplaint", pi),
        withVariables("category", "service-attitude", "severity", "medium", "assessmentNote", "情况属实"));
    complete(task("Task_RespondInitially", pi),
        withVariables("responseWay", "phone", "responseContent", "已致电客户，告知已受理"));
    investigateAndResolve(pi);
  }

  private void investigateAndResolve(ProcessInstance pi) {
    complete(task("Task_Investigate", pi), withVariables("investigationDetails", "热线占线", "evidence", "通话录音",
        "cause", "service-process", "causeDetail", "排班不足", "responsibleDepartment", "客服部",
        "responsiblePerson", "黄芳", "meetingNeeded", false));
    complete(task("Task_DraftResolution", pi), withVariables("resolutionPlan", "上门检修"));
    complete(task("Task_NegotiateResolution", pi), withVariables("customerAgrees", true));
    complete(task("Task_ExecuteResolution", pi), withVariables("progressNote", "设备已更换", "customerInformed", true,
        "handlingCompleted", true));
    complete(task("Task_FeedBackResult", pi), withVariables("feedbackWay", "phone", "resultSummary", "设备已更换"));
  }

  private void correctiveAction(ProcessInstance pi) {
    complete(task("Task_DefineCorrectiveAction", pi), withVariables("correctiveAction", "增加值班人员",
        "preventiveAction", "热线自动转接", "actionOwner", "杨军", "actionDueDate", "2027-12-31"));
  }

  private void followUpAndSurvey(ProcessInstance pi, boolean recurred) {
    at("2027-09-05T09:00");
    execute(job("TimerEvent_FollowUp", pi));
    complete(task("Task_CheckRecurrence", pi), withVariables("recurred", recurred, "followUpNote", "电话回访"));
    complete(task("Task_SatisfactionSurvey", pi),
        withVariables("surveyWay", "phone", "surveyScore", 4L, "surveyComment", "满意"));
  }
}
