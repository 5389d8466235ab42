package com.crmflow.project.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.crmflow.platform.forms.BusinessRuleViolationException;
import com.crmflow.platform.forms.FormValidationException;
import com.crmflow.project.domain.AcceptanceRepository;
import com.crmflow.project.domain.DepartmentNotificationRepository;
import com.crmflow.project.domain.PlanDeadlineEventRepository;
import com.crmflow.project.domain.PlanReviewRepository;
import com.crmflow.project.domain.PlanRiskRepository;
import com.crmflow.project.domain.ProjectFeedbackRepository;
import com.crmflow.project.domain.ProjectPlanRepository;
import com.crmflow.project.domain.ProjectHistory;
import com.crmflow.project.domain.ProjectRepository;
import com.crmflow.project.domain.ProjectTaskRepository;
import com.crmflow.project.domain.TaskProblemRepository;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code customer-project} (SPEC P1) with the real delegates, forms validation and tables.
 * Process test coverage is measured; the class fails below 90 % of flow nodes and sequence flows.
 */
@ProcessTest
@ProcessCoverageGate(excludeProcessDefinitionKeys = "satisfaction-survey") // started after the feedback, measured by SatisfactionSurveyProcessTest
class CustomerProjectProcessTest {

  @org.springframework.beans.factory.annotation.Autowired com.crmflow.survey.domain.SurveyHistory surveyHistory;

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired ProjectRepository projects;
  @Autowired ProjectPlanRepository plans;
  @Autowired PlanRiskRepository risks;
  @Autowired PlanReviewRepository reviews;
  @Autowired ProjectTaskRepository projectTasks;
  @Autowired TaskProblemRepository problems;
  @Autowired DepartmentNotificationRepository notifications;
  @Autowired AcceptanceRepository acceptances;
  @Autowired ProjectFeedbackRepository feedbacks;
  @Autowired PlanDeadlineEventRepository deadlineEvents;
  @Autowired com.crmflow.customer.api.CustomerViews customerViews;
  @Autowired com.crmflow.project.domain.ProjectHistory projectHistory;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    // a Tuesday morning in Beijing, no holiday near
    at("2026-11-24T09:00");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @Verifies({"P1.1", "P1.3", "P1.4", "P1.5", "P1.6", "P1.8", "P1.11", "P1.12", "P1.13", "X.1"})
  void happyPathWithoutMeetingEndsWithSignedAcceptanceAndFeedback() {
    ProcessInstance pi = start("normal");
    assertThat(pi).hasPassed("Task_RegisterRequirement").isWaitingAt("Task_SignRequirementRecord");
    assertThat(pi).hasNotPassed("Task_HoldRequirementMeeting");
    assertThat(pi.getBusinessKey()).matches("PRJ-2026-\\d{4}");
    Task record = task("Task_SignRequirementRecord", pi);
    assertThat(record.getAssignee()).isEqualTo("zhangwei");

    signRecord(pi);
    assertThat(notifications.findAll()).filteredOn(n -> n.getProjectId().equals(projectId(pi)))
        .extracting("department").containsExactlyInAnyOrder("技术部", "市场部");
    Task draft = task("Task_DraftPlan", pi);
    assertThat(draft.getAssignee()).isEqualTo("wangqiang");
    // first plan due 3 working days after signing: Tue 09:00 → Fri 09:00
    assertThat(draft.getDueDate()).isEqualTo(beijing("2026-11-27T09:00"));

    submitPlan(pi, "Task_DraftPlan", List.of(risk("technical", "low", "high", null, null)));
    assertThat(pi).isWaitingAt("Task_ReviewPlanByDepartment");
    assertThat(tasks(pi, "Task_ReviewPlanByDepartment")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("chengang", "zhouyan");
    assertThat(risks.findAll()).filteredOn(r -> r.getDescription().startsWith("technical"))
        .extracting("level").contains("medium");

    approveAllReviews(pi);
    approveByDivisionLeader(pi, true);
    assertThat(pi).hasPassed("Task_IssueApprovedPlan");
    confirmWithCustomer(pi, true);

    assignTasks(pi, projectTask("现场调研", "zhaomin"), projectTask("方案实施", "sunli"));
    List<Task> work = tasks(pi, "Task_ExecuteProjectTask");
    assertThat(work).extracting(Task::getAssignee).containsExactlyInAnyOrder("zhaomin", "sunli");
    assertThat(work).extracting(Task::getName).containsExactlyInAnyOrder("执行任务：现场调研", "执行任务：方案实施");
    assertThat(work).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(beijing("2026-12-15T18:00")));

    for (Task t : work) {
      finishProjectTask(t);
    }
    selfCheck(pi, true, List.of());
    applyForAcceptance(pi);
    acceptance(pi, true);
    assertThat(pi).hasPassed("Task_ArchiveAcceptanceReport");
    Task feedback = task("Task_CollectFeedback", pi);
    // improvement answer due 5 working days after acceptance: Tue → next Tue
    assertThat(feedback.getDueDate()).isEqualTo(beijing("2026-12-01T09:00"));
    complete(feedback, withVariables("satisfaction", "5", "customerFeedback", "交付及时，质量好",
        "improvementMeasures", "保持现有服务标准"));

    assertThat(pi).isEnded().hasPassed("EndEvent_ProjectCompleted");
    assertThat(projects.findById(projectId(pi)).orElseThrow().getStatus()).isEqualTo("COMPLETED");
    // the customer's communication log (X.1): the project's contacts with the customer, without what was said
    Long customerId = projects.findById(projectId(pi)).orElseThrow().getCustomerId();
    String key = pi.getBusinessKey();
    List<Communication> log = projectHistory.communications(customerId).stream()
        .filter(x -> x.reference().equals("/api/projects/" + key)).toList();
    assertThat(log).extracting(Communication::summary).containsExactlyInAnyOrder(
        "客户签署需求沟通记录（项目 " + key + "）", "客户确认项目执行方案（项目 " + key + "）",
        "客户验收（第 1 轮）通过（项目 " + key + "）", "收集客户反馈，满意度 5/5（项目 " + key + "）");
    assertThat(log).allSatisfy(x -> assertThat(x.kind()).isEqualTo("project-meeting"));
    assertThat(log.toString()).doesNotContain("交付及时", "刘经理");
    assertThat(acceptances.findAll()).filteredOn(a -> a.getProjectId().equals(projectId(pi)))
        .singleElement().extracting("signerName").isEqualTo("客户代表刘经理");
    assertThat(feedbacks.findAll()).filteredOn(f -> f.getProjectId().equals(projectId(pi))).hasSize(1);
    // P7.1: the feedback's satisfaction is the overall score of the customer's satisfaction survey
    assertThat(surveyHistory.entries(projects.findById(projectId(pi)).orElseThrow().getCustomerId()))
        .filteredOn(e -> e.sourceRef().equals(pi.getBusinessKey())).singleElement()
        .satisfies(e -> assertThat(e.overall()).isEqualTo(5)).extracting("trigger").isEqualTo("PROJECT");

    // the customer's archive keeps the accepted project in its cooperation history (P1.13)
    var project = projects.findById(projectId(pi)).orElseThrow();
    assertThat(customerViews.view(project.getCustomerId()).history().get("projects"))
        .filteredOn(e -> ((ProjectHistory.ProjectEntry) e).projectNumber().equals(pi.getBusinessKey()))
        .singleElement().satisfies(e -> {
          ProjectHistory.ProjectEntry entry = (ProjectHistory.ProjectEntry) e;
          assertThat(entry.status()).isEqualTo("COMPLETED");
          assertThat(entry.acceptedAt()).isNotNull();
          assertThat(entry.accountManager()).isEqualTo("zhangwei");
        });
  }

  @Test
  @Verifies("P1.2")
  void complexRequirementNeedsAMeetingFirst() {
    ProcessInstance pi = start("complex");
    assertThat(pi).isWaitingAt("Task_HoldRequirementMeeting");
    complete(task("Task_HoldRequirementMeeting", pi), withVariables("meetingTime", "2026-11-25 14:00",
        "participants", "技术部、市场部", "minutes", "确认改造范围与工期"));
    assertThat(pi).hasPassed("Task_HoldRequirementMeeting").isWaitingAt("Task_SignRequirementRecord");
  }

  @Test
  @Verifies("P1.6")
  void aRejectingDepartmentHeadSendsThePlanBackAndTheReviewRunsAgain() {
    ProcessInstance pi = toReview();
    List<Task> reviewTasks = tasks(pi, "Task_ReviewPlanByDepartment");
    complete(reviewTasks.get(0), withVariables("planApproved", true, "reviewComment", "同意"));
    complete(reviewTasks.get(1), withVariables("planApproved", false, "reviewComment", "资源计划不足，需补充人员安排"));
    assertThat(pi).isWaitingAt("Task_RevisePlan");
    assertThat(task("Task_RevisePlan", pi)).isAssignedTo("wangqiang");

    submitPlan(pi, "Task_RevisePlan", List.of());
    assertThat(plans.findAll()).filteredOn(p -> p.getProjectId().equals(projectId(pi)))
        .extracting("versionNo").containsExactlyInAnyOrder(1, 2);
    assertThat(tasks(pi, "Task_ReviewPlanByDepartment")).hasSize(2);
    approveAllReviews(pi);
    assertThat(pi).isWaitingAt("Task_ApprovePlanByDivisionLeader");
  }

  @Test
  @Verifies("P1.6")
  void aRejectingDivisionLeaderSendsThePlanBackToTheWholeReview() {
    ProcessInstance pi = toReview();
    approveAllReviews(pi);
    approveByDivisionLeader(pi, false);
    assertThat(pi).isWaitingAt("Task_RevisePlan");
    submitPlan(pi, "Task_RevisePlan", List.of());
    assertThat(tasks(pi, "Task_ReviewPlanByDepartment")).hasSize(2);
  }

  @Test
  @Verifies("P1.6")
  void aChangeRequestWithoutCommentIsRefused() {
    ProcessInstance pi = toReview();
    Task review = tasks(pi, "Task_ReviewPlanByDepartment").get(0);
    assertThatThrownBy(() -> complete(review, withVariables("planApproved", false)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("必须填写评审意见");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
  }

  @Test
  @Verifies("P1.6")
  void theDivisionLeaderMustClaimBeforeDeciding() {
    ProcessInstance pi = toReview();
    approveAllReviews(pi);
    Task approval = task("Task_ApprovePlanByDivisionLeader", pi);
    assertThat(approval).hasCandidateGroup("division-leader");
    assertThatThrownBy(() -> complete(approval, withVariables("planApproved", true)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("认领");
    assertThat(pi).isWaitingAt("Task_ApprovePlanByDivisionLeader");
  }

  @Test
  @Verifies("P1.7")
  void customerChangeRequestLeadsToRevisionAndASecondReview() {
    ProcessInstance pi = toReview();
    approveAllReviews(pi);
    approveByDivisionLeader(pi, true);
    confirmWithCustomer(pi, false);
    assertThat(pi).isWaitingAt("Task_RevisePlan");
    submitPlan(pi, "Task_RevisePlan", List.of());
    approveAllReviews(pi);
    approveByDivisionLeader(pi, true);
    confirmWithCustomer(pi, true);
    assertThat(pi).isWaitingAt("Task_AssignTasks");
  }

  @Test
  @Verifies("P1.8")
  void anExecutorsProblemGoesToTheLeadAndBackToTheExecutor() {
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"));
    Task work = tasks(pi, "Task_ExecuteProjectTask").get(0);
    complete(work, withVariables("problemReported", true, "problemDescription", "客户现场暂不具备进场条件"));

    Task coordination = task("Task_CoordinateProblem", pi);
    assertThat(coordination.getAssignee()).isEqualTo("wangqiang");
    assertThat(coordination.getName()).isEqualTo("协调执行问题：现场调研");
    complete(coordination, withVariables("resolution", "已与客户协调，下周一进场"));

    Task again = tasks(pi, "Task_ExecuteProjectTask").get(0);
    assertThat(again.getAssignee()).isEqualTo("zhaomin");
    assertThat(problems.findAll()).filteredOn(p -> p.getResolution() != null)
        .extracting("resolution").contains("已与客户协调，下周一进场");
    finishProjectTask(again);
    assertThat(pi).isWaitingAt("Task_SelfCheck");
  }

  @Test
  @Verifies("P1.9")
  void progressIsReportedToTheCustomerEverySevenDaysWhileExecutionRuns() {
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"));
    Job timer = job("BoundaryEvent_ProgressReportDue", pi);
    assertThat(timer.getDuedate()).isEqualTo(beijing("2026-12-01T09:00"));

    at("2026-12-01T09:00");
    execute(timer);
    Task report = task("Task_ReportProgress", pi);
    assertThat(report.getAssignee()).isEqualTo("wangqiang");
    complete(report, withVariables("progressSummary", "现场调研完成 60%", "nextSteps", "完成调研报告"));
    assertThat(pi).hasPassed("EndEvent_ProgressReported");
    // the cycle goes on: next report due a week later, execution still running
    assertThat(job("BoundaryEvent_ProgressReportDue", pi).getDuedate()).isEqualTo(beijing("2026-12-08T09:00"));
    assertThat(tasks(pi, "Task_ExecuteProjectTask")).hasSize(1);
  }

  @Test
  @Verifies("P1.9")
  void customerOpinionsAreAnsweredAndJointlyResolvedWhenSeveralDepartmentsAreInvolved() {
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"));
    correlateOpinion(pi, "希望增加周报");
    Task answer = task("Task_AnswerCustomerOpinion", pi);
    assertThat(answer.getDescription()).contains("希望增加周报");
    complete(answer, withVariables("opinionAnswer", "自下周起每周五发送周报", "multiDepartment", false));
    assertThat(pi).hasPassed("EndEvent_OpinionAnswered");

    correlateOpinion(pi, "要求调整交付范围");
    complete(task("Task_AnswerCustomerOpinion", pi), withVariables("opinionAnswer", "需技术部与市场部共同评估",
        "multiDepartment", true));
    Task joint = task("Task_ResolveOpinionJointly", pi);
    assertThat(joint.getAssignee()).isEqualTo("wangqiang");
    complete(joint, withVariables("jointResolution", "两部门会商后同意调整，工期顺延一周"));
    assertThat(pi).hasPassed("EndEvent_OpinionResolvedJointly");
    // the project itself went on untouched
    assertThat(tasks(pi, "Task_ExecuteProjectTask")).hasSize(1);
  }

  @Test
  @Verifies("P1.10")
  void aFailedSelfCheckReopensTheChosenTasks() {
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"), projectTask("方案实施", "sunli"));
    tasks(pi, "Task_ExecuteProjectTask").forEach(this::finishProjectTask);
    Long rework = projectTasks.findByProjectIdOrderById(projectId(pi)).stream()
        .filter(t -> t.getTitle().equals("方案实施")).findFirst().orElseThrow().getId();

    selfCheck(pi, false, List.of(String.valueOf(rework)));
    List<Task> again = tasks(pi, "Task_ExecuteProjectTask");
    assertThat(again).extracting(Task::getAssignee).containsExactly("sunli");
    assertThat(projectTasks.findById(rework).orElseThrow().getReworkCount()).isEqualTo(1);

    finishProjectTask(again.get(0));
    selfCheck(pi, true, List.of());
    assertThat(pi).isWaitingAt("Task_ApplyForAcceptance");
  }

  @Test
  @Verifies("P1.11")
  void aFailedAcceptanceLeadsToRectificationUntilTheCustomerAccepts() {
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"));
    tasks(pi, "Task_ExecuteProjectTask").forEach(this::finishProjectTask);
    selfCheck(pi, true, List.of());
    applyForAcceptance(pi);

    acceptance(pi, false);
    Task rectify = task("Task_Rectify", pi);
    assertThat(rectify.getAssignee()).isEqualTo("wangqiang");
    complete(rectify, withVariables("rectification", "已按客户意见补充调研数据"));
    assertThat(pi).isWaitingAt("Task_RecordCustomerAcceptance");

    acceptance(pi, true);
    assertThat(pi).isWaitingAt("Task_CollectFeedback");
    assertThat(acceptances.findAll()).filteredOn(a -> a.getProjectId().equals(projectId(pi)))
        .extracting("roundNo").contains(1, 2);
  }

  @Test
  @Verifies({"P1.4", "X.3"})
  void aLatePlanIsRemindedAndEscalatedOnWorkingDaysAcrossTheMayDayHolidays() {
    // Thursday 30 April 2026; 1–5 May are holidays (a weekend among them), so 3 working days end Friday 8 May
    at("2026-04-30T10:00");
    ProcessInstance pi = start("normal");
    signRecord(pi);
    Task draft = task("Task_DraftPlan", pi);
    assertThat(draft.getDueDate()).isEqualTo(beijing("2026-05-08T10:00"));
    Job reminder = job("BoundaryEvent_FirstPlanDueSoon", pi);
    Job overdue = job("BoundaryEvent_FirstPlanOverdue", pi);
    assertThat(reminder.getDuedate()).isEqualTo(beijing("2026-05-07T10:00"));
    assertThat(overdue.getDuedate()).isEqualTo(beijing("2026-05-08T10:00"));

    at("2026-05-07T10:00");
    execute(reminder);
    assertThat(pi).hasPassed("Task_RemindPlanDue", "EndEvent_PlanReminded");
    assertThat(taskService.getTaskComments(draft.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains("将于").contains("到期"));
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getPriority()).isEqualTo(80);

    at("2026-05-08T10:00");
    execute(overdue);
    Task supervise = task("Task_SuperviseOverduePlan", pi);
    assertThat(supervise).hasCandidateGroup("cs-manager");
    assertThat(supervise.getPriority()).isEqualTo(90);
    complete(supervise, withVariables("supervisionNote", "已督促项目负责人今日提交"));
    assertThat(pi).hasPassed("EndEvent_OverduePlanSupervised").isWaitingAt("Task_DraftPlan");
    assertThat(deadlineEvents.findAll()).filteredOn(e -> e.getProjectId().equals(projectId(pi)))
        .extracting("kind").containsExactly("REMINDER", "ESCALATION", "SUPERVISED");
  }

  @Autowired com.crmflow.platform.calendar.WorkingCalendarAdmin calendarAdmin;

  @Test
  @Verifies({"P1.4", "X.3"})
  void aHolidayAddedByAnAdministratorMovesTheWaitingFirstPlanDueDateAndTimers() {
    at("2026-04-30T10:00");
    ProcessInstance pi = start("normal");
    signRecord(pi);
    assertThat(job("BoundaryEvent_FirstPlanOverdue", pi).getDuedate()).isEqualTo(beijing("2026-05-08T10:00"));
    try {
      // Wednesday 6 May becomes a holiday: 3 working days after 30 April now end on Saturday 9 May (a 调休 working
      // day of the 2026 notice), the reminder after 2 working days on Friday 8 May
      calendarAdmin.putDay(java.time.LocalDate.parse("2026-05-06"),
          new com.crmflow.platform.calendar.WorkingCalendarAdmin.DayInput(null, "HOLIDAY", "测试假日"));
      assertThat(task("Task_DraftPlan", pi).getDueDate()).isEqualTo(beijing("2026-05-09T10:00"));
      assertThat(job("BoundaryEvent_FirstPlanDueSoon", pi).getDuedate()).isEqualTo(beijing("2026-05-08T10:00"));
      assertThat(job("BoundaryEvent_FirstPlanOverdue", pi).getDuedate()).isEqualTo(beijing("2026-05-09T10:00"));
    } finally {
      calendarAdmin.removeDay(java.time.LocalDate.parse("2026-05-06"));
    }
    assertThat(job("BoundaryEvent_FirstPlanOverdue", pi).getDuedate()).isEqualTo(beijing("2026-05-08T10:00"));
    assertThat(task("Task_DraftPlan", pi).getDueDate()).isEqualTo(beijing("2026-05-08T10:00"));
  }

  @Test
  @Verifies({"P1.12", "X.3"})
  void aHolidayMovesTheFeedbackDueDateButNotTheTimersTheModelDoesNotCountInWorkingDays() {
    ProcessInstance executing = toExecution(projectTask("现场调研", "zhaomin"));
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"));
    tasks(pi, "Task_ExecuteProjectTask").forEach(this::finishProjectTask);
    selfCheck(pi, true, List.of());
    applyForAcceptance(pi);
    acceptance(pi, true);
    assertThat(task("Task_CollectFeedback", pi).getDueDate()).isEqualTo(beijing("2026-12-01T09:00"));
    try {
      // Thursday 26 November becomes a holiday: 5 working days after Tuesday 24 November end on Wednesday 2 December
      calendarAdmin.putDay(java.time.LocalDate.parse("2026-11-26"),
          new com.crmflow.platform.calendar.WorkingCalendarAdmin.DayInput(null, "HOLIDAY", "测试假日"));
      assertThat(task("Task_CollectFeedback", pi).getDueDate()).isEqualTo(beijing("2026-12-02T09:00"));
      // the weekly progress report is a cycle of calendar days (no workingDays property): it stays
      assertThat(job("BoundaryEvent_ProgressReportDue", executing).getDuedate())
          .isEqualTo(beijing("2026-12-01T09:00"));
    } finally {
      calendarAdmin.removeDay(java.time.LocalDate.parse("2026-11-26"));
    }
    assertThat(task("Task_CollectFeedback", pi).getDueDate()).isEqualTo(beijing("2026-12-01T09:00"));
  }

  @Test
  @Verifies("P1.5")
  void aHighRiskNeedsAnOwnerAndAResponsePlan() {
    ProcessInstance pi = start("normal");
    signRecord(pi);
    Task draft = task("Task_DraftPlan", pi);
    Map<String, Object> plan = planValues(List.of(risk("market", "high", "high", null, null)));
    assertThatThrownBy(() -> complete(draft, Variables.fromMap(plan)))
        .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("高风险").hasMessageContaining("责任人");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isOne();

    submitPlan(pi, "Task_DraftPlan", List.of(risk("market", "high", "high", "王强", "每周跟踪市场变化并备选供应商")));
    assertThat(risks.findAll()).filteredOn(r -> "王强".equals(r.getOwner())).extracting("level").containsOnly("high");
  }

  @Test
  @Verifies({"P1.1", "P1.3"})
  void formValidationRefusesIncompleteWrongOrUnknownValuesAndKeepsTheTaskOpen() {
    ProcessInstance pi = start("normal");
    Task record = task("Task_SignRequirementRecord", pi);
    Map<String, Object> values = recordValues();
    values.remove("signerName");
    values.put("recordSigned", "yes");
    values.put("projectLead", "zhaomin");
    assertThatThrownBy(() -> complete(record, Variables.fromMap(values)))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("signerName").hasMessageContaining("为必填项")
        .hasMessageContaining("recordSigned").hasMessageContaining("zhaomin");
    assertThat(taskService.createTaskQuery().taskId(record.getId()).count()).isOne();
    assertThat(pi).isWaitingAt("Task_SignRequirementRecord");

    var startValues = startValues("normal");
    startValues.put("complexity", "urgent");
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(
        ProjectVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    long before = projects.count();
    assertThatThrownBy(() -> formService.submitStartForm(definition, startValues))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("urgent");
    assertThat(projects.count()).isEqualTo(before);
  }

  // ------------------------------------------------------------------ what an insider might try (issue 8, point 3)

  @Test
  @Verifies("P1.1")
  void theIntakeOffersTheActiveCustomersTheAccountManagerMaySeeAndRefusesAnyOther() {
    var own = customer("华东建设集团", "zhangwei");
    var others = customer("他人客户", "lina");
    var closed = customer("已停用客户", "zhangwei");
    closed.setStatus("INACTIVE");
    customerRepository.save(closed);
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(
        ProjectVariables.PROCESS_KEY).latestVersion().singleResult().getId();

    identityService.setAuthentication("zhangwei", List.of("account-manager"));
    try {
      String options = String.valueOf(formService.getStartFormVariables(definition).getValue("customerOptions",
          Object.class));
      assertThat(options).contains("\"" + own.getId() + "\"").doesNotContain("\"" + others.getId() + "\"")
          .doesNotContain("\"" + closed.getId() + "\"");
      long before = projects.count();
      for (var refused : List.of(others, closed)) {
        Map<String, Object> values = startValues("normal");
        values.put("customerId", String.valueOf(refused.getId()));
        assertThatThrownBy(() -> formService.submitStartForm(definition, values))
            .hasMessageContaining(refused == others ? "客户编号 " + others.getId() + " 不存在" : "不是有效客户");
      }
      Map<String, Object> unknown = startValues("normal");
      unknown.put("customerId", "999999999");
      assertThatThrownBy(() -> formService.submitStartForm(definition, unknown)).hasMessageContaining("不存在");
      assertThat(projects.count()).isEqualTo(before);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  @Verifies("P1.1")
  void theAccountManagerIsTheAuthenticatedUserEvenWhenAnInitiatorVariableNamesSomebodyElse() {
    Map<String, Object> values = startValues("normal");
    values.put(ProjectVariables.INITIATOR.getName(), "lina");
    identityService.setAuthentication("zhangwei", List.of("account-manager"));
    ProcessInstance pi;
    try {
      pi = runtimeService.startProcessInstanceByKey(ProjectVariables.PROCESS_KEY, values);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(runtimeService.getVariable(pi.getId(), ProjectVariables.INITIATOR.getName())).as("the variable was sent")
        .isEqualTo("lina");
    assertThat(projects.findById(projectId(pi)).orElseThrow().getAccountManager()).isEqualTo("zhangwei");
    assertThat(task("Task_SignRequirementRecord", pi)).isAssignedTo("zhangwei");
  }

  @Test
  @Verifies({"P1.10", "P1.11"})
  void theSelfCheckGoesToTheLeadOnTheProjectEvenWhenTheExecutorOverwroteProjectLead() {
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"));
    // the executor completes his task with extra variables naming himself lead and account manager
    complete(task("Task_ExecuteProjectTask", pi), withVariables("problemReported", false, "taskResult", "已按要求完成",
        "projectLead", "zhaomin", "accountManager", "zhaomin"));
    assertThat(runtimeService.getVariable(pi.getId(), "projectLead")).as("the variable was overwritten")
        .isEqualTo("zhaomin");

    assertThat(task("Task_SelfCheck", pi)).isAssignedTo("wangqiang");
    selfCheck(pi, true, List.of());
    assertThat(task("Task_ApplyForAcceptance", pi)).isAssignedTo("wangqiang");
    applyForAcceptance(pi);
    assertThat(task("Task_RecordCustomerAcceptance", pi)).isAssignedTo("zhangwei");
  }

  @Test
  @Verifies("P1.10")
  void aSelfCheckByAnybodyButTheLeadIsRefused() {
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"));
    finishProjectTask(task("Task_ExecuteProjectTask", pi));
    Task check = task("Task_SelfCheck", pi);
    taskService.setAssignee(check.getId(), "zhaomin");

    assertThatThrownBy(() -> selfCheck(pi, true, List.of())).hasMessageContaining("项目负责人 wangqiang");
    assertThat(pi).isWaitingAt("Task_SelfCheck");
  }

  @Test
  @Verifies("P1.8")
  void aProjectTaskCompletedBySomebodyOtherThanItsExecutorIsRefused() {
    ProcessInstance pi = toExecution(projectTask("现场调研", "zhaomin"));
    Task work = task("Task_ExecuteProjectTask", pi);

    // another executor, logged in, completes zhaomin's task: it is not even offered to the executor group
    identityService.setAuthentication("sunli", List.of("executor"));
    try {
      assertThatThrownBy(() -> finishProjectTask(work)).isInstanceOf(AuthorizationException.class);
      // and if a model (or an administrator) offered it to the group, the domain still refuses
      identityService.clearAuthentication();
      taskService.addCandidateGroup(work.getId(), "executor");
      identityService.setAuthentication("sunli", List.of("executor"));
      assertThatThrownBy(() -> finishProjectTask(work)).hasMessageContaining("只能由执行人员 zhaomin 完成");
    } finally {
      identityService.clearAuthentication();
    }
    // the task handed to somebody else first
    taskService.setAssignee(work.getId(), "sunli");
    assertThatThrownBy(() -> finishProjectTask(work)).hasMessageContaining("执行人员是 zhaomin");

    assertThat(projectTasks.findByProjectIdOrderById(projectId(pi))).singleElement()
        .satisfies(t -> assertThat(t.getStatus()).isEqualTo("OPEN")).satisfies(t -> assertThat(t.getResult()).isNull());
    assertThat(pi).isWaitingAt("Task_ExecuteProjectTask");

    // the executor himself still can
    taskService.setAssignee(work.getId(), "zhaomin");
    identityService.setAuthentication("zhaomin", List.of("executor"));
    try {
      finishProjectTask(work);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(pi).isWaitingAt("Task_SelfCheck");
  }

  @Test
  void aStepOnTheProjectOfAnotherInstanceIsRefusedAndThatProjectStaysUnchanged() {
    ProcessInstance a = start("normal");
    ProcessInstance b = start("normal");
    Long other = projectId(b);
    runtimeService.setVariable(a.getId(), ProjectVariables.PROJECT_ID.getName(), other);

    assertThatThrownBy(() -> signRecord(a)).hasMessageContaining(b.getBusinessKey())
        .hasMessageContaining("属于另一个流程实例");
    var project = projects.findById(other).orElseThrow();
    assertThat(project.getStatus()).isEqualTo("REQUIREMENT");
    assertThat(project.getProjectLead()).isNull();
    assertThat(a).isWaitingAt("Task_SignRequirementRecord");
  }

  // ---------------------------------------------------------------------------------------------- steps

  private ProcessInstance start(String complexity) {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(
        ProjectVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication("zhangwei", List.of("account-manager"));
    try {
      return formService.submitStartForm(definition, startValues(complexity));
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Autowired com.crmflow.customer.domain.CustomerRepository customerRepository;

  /** A customer of the archive, ACTIVE, with this owner. */
  private com.crmflow.customer.domain.Customer customer(String name, String owner) {
    com.crmflow.customer.domain.Customer c = new com.crmflow.customer.domain.Customer();
    c.setName(name + System.nanoTime());
    c.setIndustry("建筑施工");
    c.setOwner(owner);
    c.setGrade("B");
    c.setCreatedAt(java.time.Instant.now());
    return customerRepository.save(c);
  }

  private Map<String, Object> startValues(String complexity) {
    Map<String, Object> v = new HashMap<>();
    v.put("customerId", String.valueOf(customer("华东建设集团", "zhangwei").getId()));
    v.put("title", "办公楼智能化改造");
    v.put("details", "对三栋办公楼进行楼宇自控与安防系统改造");
    v.put("complexity", complexity);
    return v;
  }

  private static Map<String, Object> recordValues() {
    Map<String, Object> v = new HashMap<>();
    v.put("recordSummary", "客户确认改造范围、工期与验收标准");
    v.put("relatedDepartments", SpinValues.jsonValue("[\"技术部\",\"市场部\"]").create());
    v.put("projectLead", "wangqiang");
    v.put("signerName", "客户代表刘经理");
    v.put("recordSigned", true);
    return v;
  }

  private void signRecord(ProcessInstance pi) {
    complete(task("Task_SignRequirementRecord", pi), Variables.fromMap(recordValues()));
  }

  private static Map<String, Object> risk(String category, String likelihood, String impact, String owner,
      String plan) {
    Map<String, Object> r = new HashMap<>();
    r.put("category", category);
    r.put("description", category + "：" + likelihood + "/" + impact);
    r.put("likelihood", likelihood);
    r.put("impact", impact);
    r.put("response", "reduce");
    if (owner != null) {
      r.put("owner", owner);
    }
    if (plan != null) {
      r.put("responsePlan", plan);
    }
    return r;
  }

  private static Map<String, Object> planValues(List<Map<String, Object>> riskList) {
    Map<String, Object> v = new HashMap<>();
    v.put("planObjectives", "三个月内完成改造并通过验收");
    v.put("strategy", "分楼栋分阶段实施");
    v.put("workSteps", "调研 → 设计 → 实施 → 调试");
    v.put("resources", "工程师 6 名，预算 120 万元");
    v.put("milestones", json(List.of(Map.of("name", "完成调研", "dueDate", "2026-12-20"))));
    v.put("risks", json(riskList));
    v.put("reviewers", SpinValues.jsonValue("[\"chengang\",\"zhouyan\"]").create());
    return v;
  }

  private void submitPlan(ProcessInstance pi, String taskKey, List<Map<String, Object>> riskList) {
    complete(task(taskKey, pi), Variables.fromMap(planValues(riskList)));
  }

  private void approveAllReviews(ProcessInstance pi) {
    for (Task review : tasks(pi, "Task_ReviewPlanByDepartment")) {
      complete(review, withVariables("planApproved", true, "reviewComment", "同意"));
    }
  }

  private void approveByDivisionLeader(ProcessInstance pi, boolean approved) {
    Task approval = task("Task_ApprovePlanByDivisionLeader", pi);
    taskService.claim(approval.getId(), "liuyang");
    complete(approval, withVariables("planApproved", approved,
        "reviewComment", approved ? "同意实施" : "工期安排需与客户再次确认"));
  }

  private void confirmWithCustomer(ProcessInstance pi, boolean confirmed) {
    complete(task("Task_ConfirmPlanWithCustomer", pi), withVariables("customerContact", "刘经理",
        "customerConfirmed", confirmed, "customerNote", confirmed ? "同意方案" : "希望缩短工期"));
  }

  private static Map<String, Object> projectTask(String title, String executor) {
    return Map.of("title", title, "executor", executor, "requirements", title + "的具体要求",
        "dueDate", "2026-12-15", "qualityStandard", "经客户确认");
  }

  @SafeVarargs
  private void assignTasks(ProcessInstance pi, Map<String, Object>... items) {
    complete(task("Task_AssignTasks", pi), withVariables("tasks", json(List.of(items))));
  }

  private void finishProjectTask(Task t) {
    complete(t, withVariables("problemReported", false, "taskResult", "已按要求完成"));
  }

  private void selfCheck(ProcessInstance pi, boolean passed, List<String> rework) {
    Map<String, Object> v = new HashMap<>();
    v.put("selfCheckPassed", passed);
    if (!passed) {
      v.put("findings", "部分成果未达质量标准");
      v.put("reworkTaskIds", json(rework));
    }
    complete(task("Task_SelfCheck", pi), Variables.fromMap(v));
  }

  private void applyForAcceptance(ProcessInstance pi) {
    complete(task("Task_ApplyForAcceptance", pi), withVariables("resultReport", "改造全部完成，系统运行正常",
        "documents", "竣工资料、测试报告"));
  }

  private void acceptance(ProcessInstance pi, boolean passed) {
    Map<String, Object> v = new HashMap<>();
    String verdict = passed ? "pass" : "fail";
    v.put("quality", verdict);
    v.put("quantity", "pass");
    v.put("deliveryTime", "pass");
    v.put("serviceLevel", "pass");
    v.put("acceptancePassed", passed);
    v.put(passed ? "signerName" : "customerOpinion", passed ? "客户代表刘经理" : "二号楼安防系统需补充调试");
    complete(task("Task_RecordCustomerAcceptance", pi), Variables.fromMap(v));
  }

  private void correlateOpinion(ProcessInstance pi, String content) {
    var opinion = engineBean(com.crmflow.project.domain.AcceptanceAndFeedback.class)
        .receiveOpinion(projects.findById(projectId(pi)).orElseThrow(),
            new com.crmflow.project.domain.OpinionInput(content, "phone"));
    runtimeService.createMessageCorrelation(ProjectVariables.MESSAGE_CUSTOMER_OPINION)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(ProjectVariables.OPINION_ID.getName(), opinion.getId())
        .correlateWithResult();
  }

  @Autowired org.springframework.context.ApplicationContext context;

  private <T> T engineBean(Class<T> type) {
    return context.getBean(type);
  }

  private ProcessInstance toReview() {
    ProcessInstance pi = start("normal");
    signRecord(pi);
    submitPlan(pi, "Task_DraftPlan", List.of());
    return pi;
  }

  @SafeVarargs
  private ProcessInstance toExecution(Map<String, Object>... items) {
    ProcessInstance pi = toReview();
    approveAllReviews(pi);
    approveByDivisionLeader(pi, true);
    confirmWithCustomer(pi, true);
    assignTasks(pi, items);
    return pi;
  }

  // ---------------------------------------------------------------------------------------------- helpers


  private List<Task> tasks(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .orderByTaskId().asc().list();
  }


  private Long projectId(ProcessInstance pi) {
    return projects.findByProjectNumber(pi.getBusinessKey()).orElseThrow().getId();
  }

  private static org.camunda.bpm.engine.variable.value.TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

}
