package com.crmflow.project.process;

import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;
import static com.crmflow.project.process.ProjectVariables.*;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.ModelProperties;
import com.crmflow.platform.forms.FormData;
import com.crmflow.project.domain.AcceptanceAndFeedback;
import com.crmflow.project.domain.AcceptanceApplication;
import com.crmflow.project.domain.AcceptanceDecision;
import com.crmflow.project.domain.ConfirmationInput;
import com.crmflow.project.domain.CoordinationInput;
import com.crmflow.project.domain.FeedbackInput;
import com.crmflow.project.domain.JointResolutionInput;
import com.crmflow.project.domain.MeetingInput;
import com.crmflow.project.domain.OpinionAnswer;
import com.crmflow.project.domain.PlanAndReview;
import com.crmflow.project.domain.PlanInput;
import com.crmflow.project.domain.PlanInput.MilestoneInput;
import com.crmflow.project.domain.PlanInput.RiskInput;
import com.crmflow.project.domain.Project;
import com.crmflow.project.domain.ProgressInput;
import com.crmflow.project.domain.Projects;
import com.crmflow.project.domain.RectificationInput;
import com.crmflow.project.domain.RequirementCommunication;
import com.crmflow.project.domain.RequirementInput;
import com.crmflow.project.domain.RequirementRecordInput;
import com.crmflow.project.domain.ReviewInput;
import com.crmflow.project.domain.SelfCheckInput;
import com.crmflow.project.domain.TaskAssignment;
import com.crmflow.project.domain.TaskExecution;
import com.crmflow.project.domain.TaskInput;
import com.crmflow.project.domain.WorkInput;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.crmflow.project.process.form.ProjectAcceptanceApplicationForm;
import com.crmflow.project.process.form.ProjectCustomerAcceptanceForm;
import com.crmflow.project.process.form.ProjectFeedbackForm;
import com.crmflow.project.process.form.ProjectOpinionAnswerForm;
import com.crmflow.project.process.form.ProjectOpinionJointResolutionForm;
import com.crmflow.project.process.form.ProjectPlanConfirmationForm;
import com.crmflow.project.process.form.ProjectPlanForm;
import com.crmflow.project.process.form.ProjectPlanOverdueForm;
import com.crmflow.project.process.form.ProjectProblemCoordinationForm;
import com.crmflow.project.process.form.ProjectProgressReportForm;
import com.crmflow.project.process.form.ProjectRectificationForm;
import com.crmflow.project.process.form.ProjectRequirementIntakeForm;
import com.crmflow.project.process.form.ProjectRequirementMeetingForm;
import com.crmflow.project.process.form.ProjectRequirementRecordForm;
import com.crmflow.project.process.form.ProjectSelfCheckForm;
import com.crmflow.project.process.form.ProjectTaskAssignmentForm;
import com.crmflow.project.process.form.ProjectTaskExecutionForm;

/**
 * The delegates and task listeners named in {@code processes/customer-project.bpmn}. Each one is thin: it reads
 * what the form submitted (taking business data out of the process variables) into the step's input record, calls
 * the regulation step ({@link RequirementCommunication}, {@link PlanAndReview}, {@link TaskExecution},
 * {@link AcceptanceAndFeedback}), which validates it, and leaves ids and routing flags for the process.
 */
@Configuration
public class ProjectProcessBindings {

  private final Projects projects;
  private final RequirementCommunication requirement;
  private final PlanAndReview planning;
  private final TaskExecution taskExecution;
  private final AcceptanceAndFeedback acceptance;
  private final ProjectOptions options;

  public ProjectProcessBindings(Projects projects, RequirementCommunication requirement, PlanAndReview planning,
      TaskExecution taskExecution, AcceptanceAndFeedback acceptance, ProjectOptions options) {
    this.projects = projects;
    this.requirement = requirement;
    this.planning = planning;
    this.taskExecution = taskExecution;
    this.acceptance = acceptance;
    this.options = options;
  }

  /**
   * The deadlines and cycles the model reads as {@code ${projectSettings.…}}: the settings under the name the model
   * (also every deployed version of it) uses.
   */
  @Bean
  public ProjectSettings.ModelSettings projectSettings(ProjectSettings settings) {
    return new ProjectSettings.ModelSettings(settings);
  }

  /** The start form's customers (「客户」 select): see {@link ProjectOptions#customers()}. */
  @Bean
  public com.crmflow.platform.forms.StartFormOptions projectStartOptions() {
    return new com.crmflow.platform.forms.StartFormOptions() {
      @Override
      public String processKey() {
        return PROCESS_KEY;
      }

      @Override
      public org.camunda.bpm.engine.variable.VariableMap options() {
        return options.startFormOptions();
      }
    };
  }

  /** Start listener of 指定项目负责人: the members of project-lead as the options of the select. */
  @Bean
  public ExecutionListener projectLeadsListed() {
    return options::projectLeads;
  }

  /** Start listener of the steps that choose department heads: the members of dept-head. */
  @Bean
  public ExecutionListener deptHeadsListed() {
    return options::deptHeads;
  }

  /** Start listener of 分配项目任务: the members of executor. */
  @Bean
  public ExecutionListener executorsListed() {
    return options::executors;
  }

  /** Start listener of the steps that report on execution tasks: this project's tasks. */
  @Bean
  public ExecutionListener projectTasksListed() {
    return options::projectTasks;
  }

  /**
   * End listener of 收到客户意见 (non-interrupting message start): the opinion the message brought becomes local to
   * its own event subprocess, so opinions handled at the same time don't share one variable.
   */
  @Bean
  public ExecutionListener opinionReceived() {
    return execution -> OPINION_ID.on(execution).setLocal(idVariable(execution, OPINION_ID));
  }

  /**
   * The project this step works on: the id in the process variables, checked against the record — it must be
   * bound to this very process instance (a variable pointing at another project is refused).
   */
  Long projectId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return projects.boundTo(idVariable(scope, PROJECT_ID), Engine.processInstanceId(scope)).getId();
  }

  /** The execution task of this step (element variable of the executor multi-instance), checked the same way. */
  private com.crmflow.project.domain.ProjectTask projectTask(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return projects.boundTask(idVariable(scope, PROJECT_TASK_ID), Engine.processInstanceId(scope));
  }

  private Long opinionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return projects.boundOpinion(idVariable(scope, OPINION_ID), Engine.processInstanceId(scope)).getId();
  }

  /**
   * Start event → 登记客户需求: creates the project for the customer chosen from the archive (one the account
   * manager may see), sets the business key. The account manager is the
   * authenticated user who started it — never the {@code initiator} variable, which a caller could set.
   */
  @Bean
  public JavaDelegate registerRequirement() {
    return execution -> {
      FormData form = FormData.of(execution);
      String initiator = Engine.authenticatedUser(execution);
      if (initiator == null) {
        throw new BusinessRuleException("客户需求须由已登录的客户经理登记");
      }
      Long customerId = options.visibleCustomer(ProjectRequirementIntakeForm.customerId(form), initiator);
      Project p = requirement.registerRequirement(new RequirementInput(customerId,
          ProjectRequirementIntakeForm.title(form),
          ProjectRequirementIntakeForm.details(form), ProjectRequirementIntakeForm.background(form),
          ProjectRequirementIntakeForm.objectives(form), ProjectRequirementIntakeForm.requiredBy(form),
          ProjectRequirementIntakeForm.complexity(form)), initiator);
      projects.attachProcess(p.getId(), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(p.getProjectNumber());
      PROJECT_ID.on(execution).set(p.getId());
      PROJECT_NUMBER.on(execution).set(p.getProjectNumber());
      PROJECT_TITLE.on(execution).set(p.getTitle());
      CUSTOMER_ID.on(execution).set(p.getCustomerId());
      ACCOUNT_MANAGER.on(execution).set(initiator);
      REQUIREMENT_MEETING_NEEDED.on(execution).set(requirement.meetingNeeded(p));
    };
  }

  @Bean
  public TaskListener requirementMeetingRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      requirement.recordMeeting(projectId(task), new MeetingInput(ProjectRequirementMeetingForm.meetingTime(form),
          ProjectRequirementMeetingForm.participants(form), ProjectRequirementMeetingForm.minutes(form)), actor(task));
    };
  }

  @Bean
  public TaskListener requirementRecordSigned() {
    return task -> {
      FormData form = FormData.of(task);
      boolean signed = ProjectRequirementRecordForm.recordSigned(form);
      String lead = form.takeText(PROJECT_LEAD.getName());
      requirement.signRecord(projectId(task), new RequirementRecordInput(signed,
          ProjectRequirementRecordForm.recordSummary(form),
          ProjectRequirementRecordForm.relatedDepartments(form), lead, ProjectRequirementRecordForm.signerName(form),
          ProjectRequirementRecordForm.contractNumber(form)), actor(task));
      PROJECT_LEAD.on(task).set(lead);
    };
  }

  @Bean
  public JavaDelegate notifyRelatedDepartments() {
    return delegate -> requirement.notifyDepartments(projectId(delegate));
  }

  @Bean
  public TaskListener planSubmitted() {
    return task -> {
      FormData form = FormData.of(task);
      List<MilestoneInput> milestones = new ArrayList<>();
      for (JsonNode m : items(ProjectPlanForm.milestones(form))) {
        milestones.add(new MilestoneInput(text(m, ProjectPlanForm.MILESTONES_NAME),
            date(m, ProjectPlanForm.MILESTONES_DUE_DATE)));
      }
      List<RiskInput> risks = new ArrayList<>();
      for (JsonNode r : items(ProjectPlanForm.risks(form))) {
        risks.add(new RiskInput(text(r, ProjectPlanForm.RISKS_CATEGORY), text(r, ProjectPlanForm.RISKS_DESCRIPTION),
            text(r, ProjectPlanForm.RISKS_LIKELIHOOD), text(r, ProjectPlanForm.RISKS_IMPACT),
            text(r, ProjectPlanForm.RISKS_RESPONSE), text(r, ProjectPlanForm.RISKS_OWNER),
            text(r, ProjectPlanForm.RISKS_RESPONSE_PLAN)));
      }
      PlanInput plan = new PlanInput(ProjectPlanForm.planObjectives(form), ProjectPlanForm.strategy(form),
          ProjectPlanForm.workSteps(form), ProjectPlanForm.resources(form), milestones, risks,
          ProjectPlanForm.reviewers(form), ProjectPlanForm.budget(form));
      planning.submitPlan(projectId(task), plan, actor(task));
    };
  }

  /** Department heads (multi-instance, the assigned reviewer) and the division leader. */
  @Bean
  public TaskListener planReviewed() {
    return task -> {
      FormData form = FormData.of(task);
      boolean approved = form.flag(PLAN_APPROVED);
      String comment = form.takeText(REVIEW_COMMENT);
      // the model says which review this is (extension property reviewLevel: department or division)
      boolean department = "department".equals(ModelProperties.of(task, ModelProperties.REVIEW_LEVEL).orElse(null));
      Long projectId = projectId(task);
      // a department review is the reviewer's the plan named (the task's assignee), not the `reviewer` variable
      String reviewer = department ? task.getAssignee() : actor(task);
      if (reviewer == null) {
        throw new BusinessRuleException("请先认领此任务，再提交审批结论（审批人须留名）");
      }
      if (department && !planning.departmentReviewers(projectId).contains(reviewer)) {
        throw new BusinessRuleException(reviewer + " 不是本版执行方案指定的部门评审人");
      }
      planning.recordReview(projectId, reviewer,
          department ? PlanAndReview.DEPT_HEAD : PlanAndReview.DIVISION_LEADER, new ReviewInput(approved, comment));
    };
  }

  @Bean
  public JavaDelegate issueApprovedPlan() {
    return delegate -> planning.approvePlan(projectId(delegate));
  }

  @Bean
  public TaskListener customerPlanConfirmation() {
    return task -> {
      FormData form = FormData.of(task);
      planning.recordCustomerConfirmation(projectId(task),
          new ConfirmationInput(ProjectPlanConfirmationForm.customerContact(form),
          form.flag(CUSTOMER_CONFIRMED), ProjectPlanConfirmationForm.customerNote(form)), actor(task));
    };
  }

  @Bean
  public TaskListener tasksAssigned() {
    return task -> {
      List<TaskInput> inputs = new ArrayList<>();
      for (JsonNode t : items(ProjectTaskAssignmentForm.tasks(FormData.of(task)))) {
        inputs.add(new TaskInput(text(t, ProjectTaskAssignmentForm.TASKS_TITLE),
            text(t, ProjectTaskAssignmentForm.TASKS_EXECUTOR), text(t, ProjectTaskAssignmentForm.TASKS_REQUIREMENTS),
            date(t, ProjectTaskAssignmentForm.TASKS_DUE_DATE),
            text(t, ProjectTaskAssignmentForm.TASKS_QUALITY_STANDARD)));
      }
      taskExecution.assignTasks(projectId(task), new TaskAssignment(inputs));
    };
  }

  /** Names the executor's task after the project task, e.g. 执行任务：现场调研. */
  @Bean
  public TaskListener projectTaskDescribed() {
    return task -> {
      var t = projectTask(task);
      // the model names the kind of task (extension property taskNamePrefix, e.g. 执行任务：)
      task.setName(ModelProperties.of(task, ModelProperties.TASK_NAME_PREFIX).orElse("") + t.getTitle());
      task.setDescription("要求：" + t.getRequirements() + "\n质量标准：" + t.getQualityStandard()
          + "\n完成时间：" + t.getDueDate());
    };
  }

  @Bean
  public TaskListener projectTaskWorked() {
    return task -> {
      FormData form = FormData.of(task);
      var t = projectTask(task);
      taskExecution.requireExecutor(t, task.getAssignee(), Engine.authenticatedUser(task));
      taskExecution.workTask(t.getId(), new WorkInput(form.flag(PROBLEM_REPORTED),
          ProjectTaskExecutionForm.problemDescription(form), ProjectTaskExecutionForm.taskResult(form)), actor(task));
    };
  }

  @Bean
  public TaskListener problemCoordinated() {
    return task -> {
      taskExecution.coordinateProblem(projectTask(task).getId(),
          new CoordinationInput(ProjectProblemCoordinationForm.resolution(FormData.of(task))), actor(task));
      // back to the executor: the flag of this task instance starts over
      PROBLEM_REPORTED.on(task).set(false);
    };
  }

  @Bean
  public TaskListener selfCheckRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      Long projectId = projectId(task);
      String lead = projects.project(projectId).getProjectLead();
      if (!lead.equals(actor(task))) {
        throw new BusinessRuleException("自查须由项目负责人 " + lead + " 完成");
      }
      taskExecution.selfCheck(projectId, new SelfCheckInput(form.flag(SELF_CHECK_PASSED),
          ProjectSelfCheckForm.findings(form),
          ProjectSelfCheckForm.reworkTaskIds(form)), actor(task));
    };
  }

  @Bean
  public TaskListener progressReported() {
    return task -> {
      FormData form = FormData.of(task);
      taskExecution.reportProgress(projectId(task), new ProgressInput(ProjectProgressReportForm.progressSummary(form),
          ProjectProgressReportForm.progressIssues(form), ProjectProgressReportForm.nextSteps(form)), actor(task));
    };
  }

  /** On create: names the task after the opinion. On complete: records the answer. */
  @Bean
  public TaskListener opinionAnswered() {
    return task -> {
      Long opinionId = opinionId(task);
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        var o = acceptance.opinion(opinionId);
        task.setDescription("客户意见（" + o.getReceivedAt() + "）：" + o.getContent());
        return;
      }
      FormData form = FormData.of(task);
      acceptance.answerOpinion(opinionId, new OpinionAnswer(ProjectOpinionAnswerForm.opinionAnswer(form),
          form.flag(MULTI_DEPARTMENT)),
          actor(task));
    };
  }

  @Bean
  public TaskListener opinionResolvedJointly() {
    return task -> acceptance.resolveOpinionJointly(opinionId(task),
        new JointResolutionInput(ProjectOpinionJointResolutionForm.jointResolution(FormData.of(task))));
  }

  @Bean
  public TaskListener acceptanceApplied() {
    return task -> {
      FormData form = FormData.of(task);
      acceptance.applyForAcceptance(projectId(task),
          new AcceptanceApplication(ProjectAcceptanceApplicationForm.resultReport(form),
          ProjectAcceptanceApplicationForm.documents(form)), actor(task));
    };
  }

  @Bean
  public TaskListener acceptanceDecided() {
    return task -> {
      FormData form = FormData.of(task);
      acceptance.decideAcceptance(projectId(task), new AcceptanceDecision(ProjectCustomerAcceptanceForm.quality(form),
          ProjectCustomerAcceptanceForm.quantity(form), ProjectCustomerAcceptanceForm.deliveryTime(form),
          ProjectCustomerAcceptanceForm.serviceLevel(form),
          form.flag(ACCEPTANCE_PASSED), ProjectCustomerAcceptanceForm.customerOpinion(form),
          ProjectCustomerAcceptanceForm.signerName(form)));
    };
  }

  /**
   * {@code ${projectRoles.lead(execution)}} and {@code ${projectRoles.accountManager(execution)}}: the assignees of
   * the lead's and the account manager's tasks, read from the project bound to this instance — not from the
   * {@code projectLead}/{@code accountManager} variables, which a user completing some other task could overwrite.
   */
  @Bean
  public ProjectRoles projectRoles() {
    return new ProjectRoles();
  }

  public class ProjectRoles {

    public String lead(DelegateExecution execution) {
      return projects.project(projectId(execution)).getProjectLead();
    }

    public String accountManager(DelegateExecution execution) {
      return projects.project(projectId(execution)).getAccountManager();
    }
  }

  @Bean
  public TaskListener rectificationDone() {
    return task -> acceptance.rectify(projectId(task),
        new RectificationInput(ProjectRectificationForm.rectification(FormData.of(task))));
  }

  @Bean
  public JavaDelegate archiveAcceptanceReport() {
    return delegate -> acceptance.archiveAcceptance(projectId(delegate));
  }

  /**
   * The customer's feedback after acceptance; its satisfaction is the overall score of the satisfaction survey it
   * starts (SPEC P7.1, {@code satisfaction-survey}: one table of surveys, the score not asked twice).
   */
  @Bean
  public TaskListener feedbackRecorded(com.crmflow.survey.process.SurveyStarter surveys) {
    return task -> {
      FormData form = FormData.of(task);
      Long projectId = projectId(task);
      var feedback = acceptance.recordFeedback(projectId, new FeedbackInput(ProjectFeedbackForm.satisfaction(form),
          ProjectFeedbackForm.customerFeedback(form), ProjectFeedbackForm.improvementMeasures(form)), actor(task),
          task.getDueDate() == null ? null : task.getDueDate().toInstant());
      var project = projects.project(projectId);
      surveys.afterProjectAcceptance(project.getCustomerId(), project.getProjectNumber(), feedback.getSatisfaction(),
          actor(task));
    };
  }

  /** Boundary timer before the first-plan deadline: a comment on the lead's task and a higher priority. */
  @Bean
  public JavaDelegate firstPlanReminder(TaskService taskService) {
    return (DelegateExecution execution) -> {
      Long projectId = projectId(execution);
      String lead = projects.project(projectId).getProjectLead();
      var draft = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey("Task_DraftPlan").singleResult();
      String note = "提醒：首版《客户项目执行方案》将于 " + (draft == null ? "" : draft.getDueDate()) + " 到期，请按时提交。";
      if (draft != null) {
        taskService.createComment(draft.getId(), execution.getProcessInstanceId(), note);
        taskService.setPriority(draft.getId(), 80);
      }
      planning.recordDeadlineEvent(projectId, "REMINDER", lead == null ? "project-lead" : lead, note);
    };
  }

  /** The cs-manager's supervision task: recorded when created (escalation) and when done. */
  @Bean
  public TaskListener firstPlanEscalated() {
    return task -> {
      Long projectId = projectId(task);
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setPriority(90);
        planning.recordDeadlineEvent(projectId, "ESCALATION", "cs-manager",
            "首版执行方案逾期未提交，项目负责人：" + projects.project(projectId).getProjectLead());
      } else {
        planning.recordDeadlineEvent(projectId, "SUPERVISED", actor(task) == null ? "cs-manager" : actor(task),
            ProjectPlanOverdueForm.supervisionNote(FormData.of(task)));
      }
    };
  }

  static List<JsonNode> items(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(list::add);
    }
    return list;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
  }

  static LocalDate date(JsonNode node, String field) {
    String s = text(node, field);
    return s == null ? null : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
  }
}
