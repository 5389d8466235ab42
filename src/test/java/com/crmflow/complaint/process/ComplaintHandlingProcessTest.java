package com.crmflow.complaint.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static com.crmflow.testsupport.BeijingTime.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintActionRepository;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintSettings;
import com.crmflow.complaint.domain.ComplaintDeadlineRepository;
import com.crmflow.complaint.domain.ComplaintEventRepository;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.complaint.domain.ComplaintIntake;
import com.crmflow.complaint.domain.ComplaintTimeLimits;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.platform.forms.BusinessRuleViolationException;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every path of {@code complaint-handling} (SPEC P2) with the real delegates, form validation and tables; the
 * deadlines' timers are fired by moving the engine clock. Coverage gate: 90 % of flow nodes and sequence flows.
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = "satisfaction-survey") // started after the survey, measured by SatisfactionSurveyProcessTest
class ComplaintHandlingProcessTest {

  @org.springframework.beans.factory.annotation.Autowired com.crmflow.survey.domain.SurveyHistory surveyHistory;

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired CustomerRepository customers;
  @Autowired ComplaintRepository complaints;
  @Autowired ComplaintDeadlineRepository deadlines;
  @Autowired ComplaintEventRepository events;
  @Autowired ComplaintActionRepository actions;
  @Autowired ComplaintSettings settings;
  @Autowired RuntimeService runtimeService;
  @Autowired ComplaintIntake complaintIntake;
  @Autowired com.crmflow.complaint.domain.ComplaintHistory complaintHistory;
  @Autowired ComplaintTimeLimits timeLimits;
  @Autowired NotificationService notifications;

  Long customerId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at("2026-11-24T10:00"); // a Tuesday in Beijing
    Customer c = new Customer();
    c.setName("华东建设集团" + System.nanoTime());
    c.setOwner("zhangwei");
    c.setCreatedAt(Instant.now());
    customerId = customers.save(c).getId();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    deadlinesWith(settings);
  }

  /** The deadlines of this test are opened with these settings (the configured ones are back after each test). */
  void deadlinesWith(ComplaintSettings changed) {
    Object target = AopTestUtils.getTargetObject(timeLimits);
    ReflectionTestUtils.setField(target, "settings", changed);
  }

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @Verifies({"P2.1", "P2.2", "P2.3", "P2.4", "P2.6", "P2.7", "P2.8", "P2.9", "X.1"})
  void happyPathFromIntakeToClosedComplaintAndSurvey() {
    ProcessInstance pi = start("medium", "kehu@example.com");
    assertThat(pi.getBusinessKey()).matches("CMP-2026-\\d{6}");
    assertThat(pi).hasPassed("Task_RegisterComplaint").isWaitingAt("Task_AssessComplaint");
    Complaint c = complaint(pi);
    assertThat(c.getStatus()).isEqualTo(Complaint.RECEIVED);
    assertThat(c.getCreatedBy()).isEqualTo("huangfang");
    // medium: 24 h to the initial response, shown as the task's due date
    assertThat(task("Task_AssessComplaint", pi).getDueDate()).isEqualTo(beijing("2026-11-25T10:00"));
    assertThat(candidateGroups(task("Task_AssessComplaint", pi))).containsExactly("cs-specialist");
    assertThat((String) taskService.getVariableLocal(task("Task_AssessComplaint", pi).getId(), "context"))
        .contains(pi.getBusinessKey()).contains("华东建设集团").contains("首次响应时限");
    verify(notifications).toAddress(eq("kehu@example.com"), eq("complaint-acknowledgement"), anyMap());

    assess(pi, "high");
    respond(pi);
    ComplaintDeadline response = deadline(pi, ComplaintDeadline.INITIAL_RESPONSE, 1);
    assertThat(response.getMet()).isTrue();
    assertThat(complaint(pi).getSeverity()).as("assessment may correct the severity").isEqualTo("high");

    investigate(pi, false);
    assertThat(pi).hasNotPassed("Task_HoldInternalMeeting");
    draft(pi);
    negotiate(pi, true);
    at("2026-11-25T09:00");
    executeResolution(pi, true);
    ComplaintDeadline feedback = deadline(pi, ComplaintDeadline.RESULT_FEEDBACK, 1);
    assertThat(feedback.getDueAt()).isEqualTo(instant("2026-11-27T09:00"));
    assertThat(task("Task_FeedBackResult", pi).getDueDate()).isEqualTo(beijing("2026-11-27T09:00"));
    feedBack(pi);
    assertThat(deadline(pi, ComplaintDeadline.RESULT_FEEDBACK, 1).getMet()).isTrue();

    verdict(pi, true, 5);
    correctiveAction(pi);
    assertThat(pi).isWaitingAt("TimerEvent_FollowUp");
    Job followUp = job("TimerEvent_FollowUp", pi);
    assertThat(followUp.getDuedate()).as("30 days later").isEqualTo(beijing("2026-12-25T09:00"));
    at("2026-12-25T09:00");
    execute(followUp);
    checkRecurrence(pi, false);

    assertThat(pi).hasPassed("Task_CloseComplaint").isWaitingAt("Task_SatisfactionSurvey");
    assertThat(complaint(pi).getStatus()).isEqualTo(Complaint.CLOSED);
    assertThat(task("Task_SatisfactionSurvey", pi).getAssignee()).as("the customer's owner").isEqualTo("zhangwei");
    assertThat(task("Task_SatisfactionSurvey", pi)).as("not every account manager: the owner, crm-dept if there is none")
        .hasCandidateGroupAssociated("crm-dept");
    assertThat(taskService.createTaskQuery().taskCandidateGroup("account-manager").processInstanceId(pi.getId()).count())
        .isZero();
    complete(task("Task_SatisfactionSurvey", pi), withVariables("surveyWay", "phone", "surveyScore", 4L, "surveyComment", "满意"));
    assertThat(pi).isEnded().hasPassed("EndEvent_ComplaintClosed");

    Complaint closed = complaint(pi);
    assertThat(closed.getSatisfactionScore()).isEqualTo(5);
    assertThat(closed.getSurveyScore()).isEqualTo(4);
    // P7.1: the survey's score is the overall score of the customer's satisfaction survey
    assertThat(surveyHistory.entries(closed.getCustomerId()))
        .filteredOn(e -> e.sourceRef().equals(closed.getComplaintNumber())).singleElement()
        .satisfies(e -> assertThat(e.overall()).isEqualTo(4)).extracting("trigger").isEqualTo("COMPLAINT");
    assertThat(closed.getCause()).isEqualTo("service-process");
    assertThat(closed.getResponsibleDepartment()).isEqualTo("客服部");
    assertThat(actions.findByComplaintIdOrderById(closed.getId())).singleElement()
        .satisfies(a -> assertThat(a.getRecurred()).isFalse());
    assertThat(events.findByComplaintIdOrderById(closed.getId())).extracting("kind").containsSubsequence(
        "RECEIVED", "ASSESSED", "INITIAL_RESPONSE", "INVESTIGATED", "RESOLUTION_PLANNED", "PLAN_AGREED",
        "HANDLING_DONE", "RESULT_FED_BACK", "CUSTOMER_SATISFIED", "ACTION_DEFINED", "NOT_RECURRED", "CLOSED", "SURVEY");
    // business data left the process variables: only ids and routing flags remain
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("content").count()).isZero();

    // the customer's communication log (X.1): each contact with the customer, newest first, as labels with the way
    // it was made, never what was said
    String key = pi.getBusinessKey();
    List<Communication> log = complaintHistory.communications(customerId).stream()
        .filter(x -> x.reference().equals("/api/complaints/" + key)).toList();
    assertThat(log).extracting(Communication::summary).containsExactly("投诉满意度调查 " + key,
        "客户对处理结果满意 " + key, "反馈投诉处理结果 " + key, "客户同意解决方案 " + key, "投诉初步回复 " + key,
        "受理投诉（服务态度） " + key);
    assertThat(log).extracting(Communication::way).containsExactly("电话", null, "电话", null, "电话", "客服热线");
    assertThat(log).allSatisfy(x -> assertThat(x.kind()).isEqualTo("complaint"));
    assertThat(log.toString()).doesNotContain("已致电客户", "设备已更换");
  }

  @Test
  @Verifies("P2.3")
  void highSeverityHasATwoHourResponseDeadlineWithWarningAndBothEscalationLevels() {
    ProcessInstance pi = start("high", null);
    // 10:00 + 2 h; warning at 75 % = 11:30; second level as long again after the breach = 14:00
    assertThat(job("Timer_InitialResponseWarning", pi).getDuedate()).isEqualTo(beijing("2026-11-24T11:30"));
    assertThat(job("Timer_InitialResponseLevel1", pi).getDuedate()).isEqualTo(beijing("2026-11-24T12:00"));
    assertThat(job("Timer_InitialResponseLevel2", pi).getDuedate()).isEqualTo(beijing("2026-11-24T14:00"));
    verify(notifications, never()).toAddress(any(), any(), anyMap());

    at("2026-11-24T11:30");
    execute(job("Timer_InitialResponseWarning", pi));
    assertThat(pi).hasPassed("Task_InitialResponseWarn", "EndEvent_InitialResponseWarned");
    assertThat(deadline(pi, ComplaintDeadline.INITIAL_RESPONSE, 1).getWarnedAt()).isEqualTo(instant("2026-11-24T11:30"));
    verify(notifications).toGroup(eq("cs-specialist"), eq("deadline-warning"), anyMap());

    at("2026-11-24T12:00");
    execute(job("Timer_InitialResponseLevel1", pi));
    assertThat(deadline(pi, ComplaintDeadline.INITIAL_RESPONSE, 1).getBreachLevel()).isEqualTo(1);
    verify(notifications).toGroup(eq("cs-manager"), eq("deadline-escalation"), anyMap());
    assertThat(candidateGroups(task("Task_SuperviseOverdue_InitialResponse", pi))).containsExactly("cs-manager");

    at("2026-11-24T14:00");
    execute(job("Timer_InitialResponseLevel2", pi));
    assertThat(deadline(pi, ComplaintDeadline.INITIAL_RESPONSE, 1).getBreachLevel()).isEqualTo(2);
    verify(notifications).toGroup(eq("senior-management"), eq("deadline-escalation"), anyMap());
    assertThat(candidateGroups(task("Task_SuperviseOverdueSenior_InitialResponse", pi)))
        .containsExactly("senior-management");

    complete(task("Task_SuperviseOverdue_InitialResponse", pi), withVariables("superviseMeasures", "已催办，指定专人负责"));
    complete(task("Task_SuperviseOverdueSenior_InitialResponse", pi), withVariables("superviseMeasures", "约谈客服部负责人"));
    assertThat(pi).hasPassed("EndEvent_InitialResponseSupervised1", "EndEvent_InitialResponseSupervised2");
    assertThat(events.findByComplaintIdOrderById(complaint(pi).getId())).extracting("note")
        .contains("客户服务经理督办：已催办，指定专人负责", "高层管理团队督办：约谈客服部负责人");

    at("2026-11-24T14:30");
    assess(pi, "high");
    respond(pi);
    ComplaintDeadline response = deadline(pi, ComplaintDeadline.INITIAL_RESPONSE, 1);
    assertThat(response.getMet()).as("answered after the due time").isFalse();
    assertThat(response.getCompletedAt()).isEqualTo(instant("2026-11-24T14:30"));
    assertThat(pi).isWaitingAt("Task_Investigate");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count())
        .as("the deadline's timers are gone once it is met").isZero();
  }

  @Test
  @Verifies("P2.3")
  void anAnswerInTimeLeavesTheTimersUnfiredAndTheDeadlineMet() {
    ProcessInstance pi = start("low", null);
    at("2026-11-24T15:00");
    assess(pi, "low");
    respond(pi);
    assertThat(deadline(pi, ComplaintDeadline.INITIAL_RESPONSE, 1).getMet()).isTrue();
    assertThat(deadline(pi, ComplaintDeadline.INITIAL_RESPONSE, 1).getBreachLevel()).isZero();
    assertThat(pi).hasNotPassed("Task_InitialResponseWarn", "Task_InitialResponseEscalateLevel1");
  }

  @Test
  @Verifies({"P2.3", "X.3"})
  void aWorkingTimeDeadlineStandsStillOverTheWeekendAndTheNationalDayHolidays() {
    ComplaintSettings.Deadline response = settings.initialResponse();
    deadlinesWith(new ComplaintSettings(new ComplaintSettings.Deadline(response.standard(), response.perSeverity(), true),
        settings.resultFeedback(), settings.warningAt(), settings.secondLevelAfter(), settings.followUpAfter()));
    at("2026-11-27T18:00"); // Friday evening
    ProcessInstance friday = start("medium", null);
    assertThat(job("Timer_InitialResponseLevel1", friday).getDuedate()).isEqualTo(beijing("2026-11-30T18:00"));
    // 75 % of 24 h = 18 h: 6 h on Friday, 12 h on Monday
    assertThat(job("Timer_InitialResponseWarning", friday).getDuedate()).isEqualTo(beijing("2026-11-30T12:00"));

    at("2026-09-30T20:00"); // Wednesday before the National Day holidays (1–7 October)
    ProcessInstance holiday = start("medium", null);
    assertThat(task("Task_AssessComplaint", holiday).getDueDate()).isEqualTo(beijing("2026-10-08T20:00"));
  }

  @Test
  @Verifies("P2.6")
  void theCustomerRejectsThePlanWhichIsRevisedAndAgreed() {
    ProcessInstance pi = toResolution();
    draft(pi);
    assertThatThrownBy(() -> complete(task("Task_NegotiateResolution", pi), withVariables("customerAgrees", false)))
        .hasMessageContaining("customerRequest");
    assertThat(pi).isWaitingAt("Task_NegotiateResolution");

    negotiate(pi, false);
    assertThat(pi).isWaitingAt("Task_DraftResolution");
    draft(pi);
    negotiate(pi, true);
    assertThat(pi).isWaitingAt("Task_ExecuteResolution");
    assertThat(events.findByComplaintIdOrderById(complaint(pi).getId())).extracting("kind")
        .containsSubsequence("RESOLUTION_PLANNED", "PLAN_REJECTED", "RESOLUTION_PLANNED", "PLAN_AGREED");
  }

  @Test
  @Verifies({"P2.5", "P2.6"})
  void anInternalMeetingAndSeveralProgressUpdatesBeforeHandlingEnds() {
    ProcessInstance pi = start("medium", null);
    assess(pi, "medium");
    respond(pi);
    investigate(pi, true);
    assertThat(candidateGroups(task("Task_HoldInternalMeeting", pi))).containsExactly("cs-manager");
    complete(task("Task_HoldInternalMeeting", pi),
        withVariables("meetingParticipants", "客服部、技术部", "meetingMinutes", "技术部负责更换设备"));
    draft(pi);
    negotiate(pi, true);
    executeResolution(pi, false);
    assertThat(pi).isWaitingAt("Task_ExecuteResolution");
    executeResolution(pi, true);
    assertThat(pi).isWaitingAt("Task_FeedBackResult");
    assertThat(events.findByComplaintIdOrderById(complaint(pi).getId())).extracting("kind")
        .containsSubsequence("MEETING", "PROGRESS", "HANDLING_DONE");
  }

  @Test
  @Verifies("P2.7")
  void lateResultFeedbackIsWarnedEscalatedTwiceAndRecordedAsBreached() {
    ProcessInstance pi = toResolution();
    draft(pi);
    negotiate(pi, true);
    at("2026-11-25T08:00");
    executeResolution(pi, true);
    // 48 h: warning after 36 h, breach at 48 h, second level at 96 h
    at("2026-11-26T20:00");
    execute(job("Timer_ResultFeedbackWarning", pi));
    assertThat(pi).hasPassed("EndEvent_ResultFeedbackWarned");
    at("2026-11-27T08:00");
    execute(job("Timer_ResultFeedbackLevel1", pi));
    at("2026-11-29T08:00");
    execute(job("Timer_ResultFeedbackLevel2", pi));
    complete(task("Task_SuperviseOverdue_ResultFeedback", pi), withVariables("superviseMeasures", "责成当日反馈"));
    complete(task("Task_SuperviseOverdueSenior_ResultFeedback", pi), withVariables("superviseMeasures", "通报批评"));
    assertThat(pi).hasPassed("EndEvent_ResultFeedbackSupervised1", "EndEvent_ResultFeedbackSupervised2");
    feedBack(pi);
    ComplaintDeadline feedback = deadline(pi, ComplaintDeadline.RESULT_FEEDBACK, 1);
    assertThat(feedback.getMet()).isFalse();
    assertThat(feedback.getBreachLevel()).isEqualTo(2);
    assertThat(feedback.getWarnedAt()).isEqualTo(instant("2026-11-26T20:00"));
  }

  @Test
  @Verifies("P2.7")
  void anUnsatisfiedCustomerSendsTheCaseBackToInvestigationOneLevelHigherEachTime() {
    ProcessInstance pi = toVerdict();
    verdict(pi, false, 2);
    assertThat(pi).isWaitingAt("Task_Investigate");
    assertThat(complaint(pi).getEscalationLevel()).isEqualTo(1);
    assertThat(candidateGroups(task("Task_Investigate", pi))).containsExactly("cs-manager");

    investigate(pi, false);
    draft(pi);
    negotiate(pi, true);
    executeResolution(pi, true);
    assertThat(deadline(pi, ComplaintDeadline.RESULT_FEEDBACK, 2)).as("a new feedback deadline").isNotNull();
    feedBack(pi);
    verdict(pi, false, 1);
    assertThat(complaint(pi).getEscalationLevel()).isEqualTo(2);
    assertThat(candidateGroups(task("Task_Investigate", pi))).containsExactly("senior-management");
  }

  @Test
  @Verifies("P2.8")
  void theFollowUpFindsTheProblemRecurredAndTheComplaintIsReopened() {
    ProcessInstance pi = toVerdict();
    verdict(pi, true, 4);
    correctiveAction(pi);
    at("2026-12-25T12:00");
    execute(job("TimerEvent_FollowUp", pi));
    checkRecurrence(pi, true);
    assertThat(pi).isWaitingAt("Task_Investigate");
    Complaint c = complaint(pi);
    assertThat(c.getReopenCount()).isEqualTo(1);
    assertThat(c.getStatus()).isEqualTo(Complaint.IN_PROGRESS);
    assertThat(actions.findByComplaintIdOrderById(c.getId())).singleElement()
        .satisfies(a -> assertThat(a.getRecurred()).isTrue());
  }

  @Test
  @Verifies("P2.1")
  void badIntakeIsRefusedWithTheFieldNamedAndNothingIsStored() {
    long before = complaints.count();
    Map<String, Object> bad = intake("urgent", null);
    assertThatThrownBy(() -> startWith(bad)).isInstanceOf(FormValidationException.class).hasMessageContaining("严重程度");
    Map<String, Object> unknown = intake("low", null);
    unknown.put("customerId", 999_999L);
    assertThatThrownBy(() -> startWith(unknown)).isInstanceOf(BusinessRuleViolationException.class)
        .hasMessageContaining("customerId").hasMessageContaining("999999");
    Map<String, Object> emailWithoutAddress = intake("low", null);
    emailWithoutAddress.put("contactPreference", "email");
    assertThatThrownBy(() -> startWith(emailWithoutAddress)).hasMessageContaining("contactEmail");
    assertThat(complaints.count()).isEqualTo(before);
  }

  @Test
  @Verifies("P2.7")
  void aScoreOutsideOneToFiveIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = toVerdict();
    clearInvocations(notifications);
    assertThatThrownBy(() -> complete(task("Task_RecordVerdict", pi),
        withVariables("customerSatisfied", true, "satisfactionScore", 7L))).hasMessageContaining("satisfactionScore");
    assertThat(pi).isWaitingAt("Task_RecordVerdict");
    verify(notifications, never()).toGroup(any(), any(), anyMap());
  }

  // ------------------------------------------------------------------ what an insider might try (issue 8, point 3)

  @Test
  void aComplaintIdPointingAtAnotherInstancesComplaintIsRefusedAndThatComplaintStaysUnchanged() {
    ProcessInstance a = start("medium", null);
    ProcessInstance b = start("low", null);
    Complaint other = complaint(b);
    // an administrator (or a REST call past the form) rewrites A's complaintId to B's complaint
    runtimeService.setVariable(a.getId(), ComplaintVariables.COMPLAINT_ID.getName(), other.getId());

    assertThatThrownBy(() -> assess(a, "high")).hasMessageContaining(other.getComplaintNumber())
        .hasMessageContaining("属于另一个流程实例");
    assertThat(a).isWaitingAt("Task_AssessComplaint");
    Complaint after = complaints.findById(other.getId()).orElseThrow();
    assertThat(after.getStatus()).isEqualTo(Complaint.RECEIVED);
    assertThat(after.getSeverity()).isEqualTo("low");
    assertThat(events.findByComplaintIdOrderById(other.getId())).extracting("kind").containsExactly("RECEIVED");
  }

  @Test
  void aSecondStartWithAComplaintAlreadyBoundToAnInstanceIsRefused() {
    ProcessInstance a = start("medium", null);
    Complaint bound = complaint(a);
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintVariables.PROCESS_KEY)
        .count();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY,
        withVariables(ComplaintVariables.COMPLAINT_ID.getName(), bound.getId()))).hasMessageContaining(bound.getComplaintNumber())
        .hasMessageContaining("已由另一个流程实例办理");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintVariables.PROCESS_KEY)
        .count()).isEqualTo(instances);
    assertThat(complaints.findById(bound.getId()).orElseThrow().getProcessInstanceId()).isEqualTo(a.getId());
  }

  @Test
  void startingBeforeTheClosingStepWithAComplaintOfNoInstanceIsRefused() {
    Complaint received = complaintIntake.register(new ComplaintIntake.ComplaintInput(customerId, "hotline",
        "设备报警", "service-attitude", "medium", "phone", null, null, null, List.of()), "huangfang", null, null);

    assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(ComplaintVariables.PROCESS_KEY)
        .setVariable(ComplaintVariables.COMPLAINT_ID.getName(), received.getId()).startBeforeActivity("Task_CloseComplaint")
        .execute()).hasMessageContaining(received.getComplaintNumber()).hasMessageContaining("尚未由任何流程实例办理");
    Complaint after = complaints.findById(received.getId()).orElseThrow();
    assertThat(after.getStatus()).isEqualTo(Complaint.RECEIVED);
    assertThat(after.getClosedAt()).isNull();
    assertThat(after.getProcessInstanceId()).isNull();
  }

  @Test
  void jumpingFromIntakeToTheClosingStepIsAForbiddenTransition() {
    ProcessInstance pi = start("medium", null);

    // its own instance, moved past investigation, feedback and follow-up (Cockpit's process-instance modification)
    assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(pi.getId())
        .startBeforeActivity("Task_CloseComplaint").execute())
        .hasMessageContaining("投诉状态不能从「已受理」变为「已结案」");
    assertThat(complaint(pi).getStatus()).isEqualTo(Complaint.RECEIVED);
    assertThat(complaint(pi).getClosedAt()).isNull();
    assertThat(pi).isWaitingAt("Task_AssessComplaint");

    // a step that needs an assessed complaint is refused as well: investigation moved in before the assessment
    runtimeService.createProcessInstanceModification(pi.getId()).startBeforeActivity("Task_Investigate").execute();
    assertThatThrownBy(() -> investigate(pi, false))
        .hasMessageContaining("的状态为「已受理」，此步骤只能在「处理中」时办理");
    assertThat(complaint(pi).getCause()).isNull();
    assertThat(events.findByComplaintIdOrderById(complaint(pi).getId())).extracting("kind")
        .doesNotContain("INVESTIGATED");
  }

  @Test
  @Verifies("P2.9")
  void theCreatorIsTheAuthenticatedUserEvenWhenAnInitiatorVariableNamesSomebodyElse() {
    Map<String, Object> values = intake("medium", null);
    values.put(ComplaintVariables.INITIATOR.getName(), "zhangwei");
    identityService.setAuthentication("huangfang", List.of("cs-specialist"));
    ProcessInstance pi;
    try {
      pi = runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, values);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(runtimeService.getVariable(pi.getId(), ComplaintVariables.INITIATOR.getName())).as("the variable was sent")
        .isEqualTo("zhangwei");
    assertThat(complaint(pi).getCreatedBy()).isEqualTo("huangfang");
    assertThat(events.findByComplaintIdOrderById(complaint(pi).getId())).extracting("actor")
        .containsExactly("huangfang");
  }

  @Test
  void theSurveyGoesToTheOwnerOfTheComplaintsCustomerEvenWhenCustomerIdIsRewritten() {
    Customer foreign = new Customer();
    foreign.setName("别家客户" + System.nanoTime());
    foreign.setOwner("lina");
    foreign.setCreatedAt(Instant.now());
    Long foreignId = customers.save(foreign).getId();
    ProcessInstance pi = toVerdict();
    verdict(pi, true, 5);
    correctiveAction(pi);
    runtimeService.setVariable(pi.getId(), ComplaintVariables.CUSTOMER_ID.getName(), foreignId);
    execute(job("TimerEvent_FollowUp", pi));
    checkRecurrence(pi, false);

    assertThat(complaint(pi).getStatus()).isEqualTo(Complaint.CLOSED);
    assertThat(task("Task_SatisfactionSurvey", pi)).isAssignedTo("zhangwei");
  }

  // ---------------------------------------------------------------------------------------------- steps

  private ProcessInstance start(String severity, String email) {
    return startWith(intake(severity, email));
  }

  private Map<String, Object> intake(String severity, String email) {
    Map<String, Object> v = new HashMap<>();
    v.put("customerId", customerId);
    v.put("channel", "hotline");
    v.put("content", "安装后设备频繁报警，售后电话无人接听");
    v.put("category", "service-attitude");
    v.put("severity", severity);
    v.put("contactPreference", email == null ? "phone" : "email");
    v.put("contactName", "刘经理");
    v.put("contactPhone", "13800000000");
    if (email != null) {
      v.put("contactEmail", email);
    }
    return v;
  }

  private ProcessInstance startWith(Map<String, Object> values) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ComplaintVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication("huangfang", List.of("cs-specialist"));
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void assess(ProcessInstance pi, String severity) {
    complete(task("Task_AssessComplaint", pi),
        withVariables("category", "service-attitude", "severity", severity, "assessmentNote", "情况属实，需尽快处理"));
  }

  private void respond(ProcessInstance pi) {
    complete(task("Task_RespondInitially", pi),
        withVariables("responseWay", "phone", "responseContent", "已致电客户，告知已受理并将在 48 小时内给出方案"));
  }

  private void investigate(ProcessInstance pi, boolean meeting) {
    complete(task("Task_Investigate", pi), withVariables("investigationDetails", "回访记录显示售后热线占线", "evidence", "通话录音 2026-11-24",
        "cause", "service-process", "causeDetail", "售后排班不足", "responsibleDepartment", "客服部",
        "responsiblePerson", "黄芳", "meetingNeeded", meeting));
  }

  private void draft(ProcessInstance pi) {
    complete(task("Task_DraftResolution", pi), withVariables("resolutionPlan", "上门检修并延长保修一年"));
  }

  private void negotiate(ProcessInstance pi, boolean agrees) {
    complete(task("Task_NegotiateResolution", pi), agrees ? withVariables("customerAgrees", true)
        : withVariables("customerAgrees", false, "customerRequest", "要求更换新设备"));
  }

  private void executeResolution(ProcessInstance pi, boolean done) {
    complete(task("Task_ExecuteResolution", pi),
        withVariables("progressNote", done ? "设备已更换，运行正常" : "已安排工程师", "customerInformed", true, "handlingCompleted", done));
  }

  private void feedBack(ProcessInstance pi) {
    complete(task("Task_FeedBackResult", pi), withVariables("feedbackWay", "phone", "resultSummary", "设备已更换，延长保修一年"));
  }

  private void verdict(ProcessInstance pi, boolean satisfied, long score) {
    complete(task("Task_RecordVerdict", pi), withVariables("customerSatisfied", satisfied, "satisfactionScore", score));
  }

  private void correctiveAction(ProcessInstance pi) {
    complete(task("Task_DefineCorrectiveAction", pi), withVariables("correctiveAction", "增加售后值班人员",
        "preventiveAction", "热线占线自动转接", "actionOwner", "杨军", "actionDueDate", "2026-12-31"));
  }

  private void checkRecurrence(ProcessInstance pi, boolean recurred) {
    complete(task("Task_CheckRecurrence", pi), withVariables("recurred", recurred, "followUpNote", "电话回访客户"));
  }

  private ProcessInstance toResolution() {
    ProcessInstance pi = start("medium", null);
    assess(pi, "medium");
    respond(pi);
    investigate(pi, false);
    return pi;
  }

  private ProcessInstance toVerdict() {
    ProcessInstance pi = toResolution();
    draft(pi);
    negotiate(pi, true);
    executeResolution(pi, true);
    feedBack(pi);
    return pi;
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private Complaint complaint(ProcessInstance pi) {
    return complaints.findByComplaintNumber(pi.getBusinessKey()).orElseThrow();
  }

  private ComplaintDeadline deadline(ProcessInstance pi, String kind, int round) {
    return deadlines.findByComplaintIdOrderById(complaint(pi).getId()).stream()
        .filter(d -> d.getKind().equals(kind) && d.getRoundNo() == round).findFirst().orElseThrow();
  }


  private List<String> candidateGroups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }


}
