package com.crmflow.project.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.NumberGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the customer project execution regulation (《客户执行日常管理制度》 二, 五; SPEC P1). Called by the
 * process's delegates and listeners and by the REST API; every violation is a {@link BusinessRuleException} with
 * a Chinese message naming the problem, and rolls the whole step back.
 */
@Service
@Transactional
public class ProjectService {

  public static final Set<String> COMPLEXITIES = Set.of("normal", "complex", "important");
  public static final Set<String> LEVELS = Set.of("low", "medium", "high");
  public static final Set<String> RISK_CATEGORIES = Set.of("market", "technical", "personnel", "customer", "policy");
  public static final Set<String> RISK_RESPONSES = Set.of("avoid", "reduce", "transfer", "accept");
  public static final Set<String> OPINION_CHANNELS = Set.of("phone", "email", "visit", "online", "meeting", "other");
  public static final String DEPT_HEAD = "DEPT_HEAD";
  public static final String DIVISION_LEADER = "DIVISION_LEADER";

  private final CustomerDirectory customers;
  private final ProjectRepository projects;
  private final RequirementMeetingRepository meetings;
  private final RequirementRecordRepository records;
  private final DepartmentNotificationRepository notifications;
  private final ProjectPlanRepository plans;
  private final PlanMilestoneRepository milestones;
  private final PlanRiskRepository risks;
  private final PlanReviewRepository reviews;
  private final CustomerConfirmationRepository confirmations;
  private final ProjectTaskRepository tasks;
  private final TaskProblemRepository problems;
  private final ProgressReportRepository progressReports;
  private final CustomerOpinionRepository opinions;
  private final SelfCheckRepository selfChecks;
  private final AcceptanceRepository acceptances;
  private final ProjectFeedbackRepository feedbacks;
  private final PlanDeadlineEventRepository deadlineEvents;
  private final RiskMatrix riskMatrix;
  private final NumberGenerator numbers;
  private final IdentityService identityService;
  private final ZoneId timeZone;

  public ProjectService(CustomerDirectory customers, ProjectRepository projects, RequirementMeetingRepository meetings,
      RequirementRecordRepository records, DepartmentNotificationRepository notifications, ProjectPlanRepository plans,
      PlanMilestoneRepository milestones, PlanRiskRepository risks, PlanReviewRepository reviews,
      CustomerConfirmationRepository confirmations, ProjectTaskRepository tasks, TaskProblemRepository problems,
      ProgressReportRepository progressReports, CustomerOpinionRepository opinions, SelfCheckRepository selfChecks,
      AcceptanceRepository acceptances, ProjectFeedbackRepository feedbacks,
      PlanDeadlineEventRepository deadlineEvents, RiskMatrix riskMatrix, NumberGenerator numbers,
      IdentityService identityService, ZoneId timeZone) {
    this.timeZone = timeZone;
    this.customers = customers;
    this.projects = projects;
    this.meetings = meetings;
    this.records = records;
    this.notifications = notifications;
    this.plans = plans;
    this.milestones = milestones;
    this.risks = risks;
    this.reviews = reviews;
    this.confirmations = confirmations;
    this.tasks = tasks;
    this.problems = problems;
    this.progressReports = progressReports;
    this.opinions = opinions;
    this.selfChecks = selfChecks;
    this.acceptances = acceptances;
    this.feedbacks = feedbacks;
    this.deadlineEvents = deadlineEvents;
    this.riskMatrix = riskMatrix;
    this.numbers = numbers;
    this.identityService = identityService;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  LocalDate today() {
    return now().atZone(timeZone).toLocalDate();
  }

  // ---------------------------------------------------------------- 1. requirement communication

  /** 000 §2(1).1: the account manager records the requirement; a new customer gets a minimal archive entry. */
  public Project registerRequirement(String customerName, String industry, String title, String details,
      String background, String objectives, LocalDate requiredBy, String complexity, String accountManager) {
    require(customerName, "客户名称");
    require(title, "需求名称");
    require(details, "需求详细内容");
    if (complexity == null || !COMPLEXITIES.contains(complexity)) {
      throw new BusinessRuleException("需求复杂程度必须是 一般(normal)、复杂(complex) 或 重要(important)，收到：" + complexity);
    }
    maxLength(customerName, 200, "客户名称");
    maxLength(title, 200, "需求名称");
    maxLength(details, 4000, "需求详细内容");
    maxLength(background, 4000, "需求背景");
    maxLength(objectives, 4000, "需求目标");
    Customer customer = customers.findOrCreateByName(customerName.trim(), industry, now());
    Project p = new Project();
    p.setProjectNumber(numbers.next("PRJ", 4));
    p.setCustomerId(customer.getId());
    p.setTitle(title.trim());
    p.setDetails(details);
    p.setBackground(background);
    p.setObjectives(objectives);
    p.setRequiredBy(requiredBy);
    p.setComplexity(complexity);
    p.setStatus(ProjectStatus.REQUIREMENT.name());
    p.setAccountManager(accountManager);
    p.setCreatedAt(now());
    return projects.save(p);
  }

  public boolean meetingNeeded(Project p) {
    return !"normal".equals(p.getComplexity());
  }

  /** 000 §2(1).2 */
  public void recordMeeting(Long projectId, String meetingTime, String participants, String minutes, String user) {
    require(participants, "参会部门及人员");
    require(minutes, "会议纪要");
    RequirementMeeting m = new RequirementMeeting();
    m.setProjectId(project(projectId).getId());
    m.setMeetingTime(meetingTime);
    m.setParticipants(participants);
    m.setMinutes(minutes);
    m.setRecordedBy(user);
    m.setRecordedAt(now());
    meetings.save(m);
  }

  /** 000 §2(1).3: the signed 《客户需求沟通记录》; names the project lead. */
  public RequirementRecord signRecord(Long projectId, String summary, List<String> departments, String projectLead,
      String signerName, boolean signed, String user) {
    if (!signed) {
      throw new BusinessRuleException("《客户需求沟通记录》须经客户对接人签字确认后才能提交");
    }
    require(summary, "沟通记录内容");
    require(signerName, "签字确认人姓名");
    if (departments == null || departments.isEmpty()) {
      throw new BusinessRuleException("请选择需要发送《客户需求沟通记录》的相关部门");
    }
    requireMember(projectLead, "project-lead", "项目负责人");
    Project p = project(projectId);
    p.setProjectLead(projectLead);
    move(p, ProjectStatus.PLANNING);
    RequirementRecord r = new RequirementRecord();
    r.setProjectId(p.getId());
    r.setSummary(summary);
    r.setRelatedDepartments(String.join(",", new LinkedHashSet<>(departments)));
    r.setSignerName(signerName);
    r.setSignedAt(now());
    r.setRecordedBy(user);
    return records.save(r);
  }

  /** 000 §2(1).3: the record is sent to each related department. */
  public List<DepartmentNotification> notifyDepartments(Long projectId) {
    Project p = project(projectId);
    RequirementRecord r = records.findFirstByProjectIdOrderByIdDesc(projectId)
        .orElseThrow(() -> new BusinessRuleException("项目 " + p.getProjectNumber() + " 尚无已签署的《客户需求沟通记录》"));
    List<DepartmentNotification> sent = new ArrayList<>();
    for (String dept : r.getRelatedDepartments().split(",")) {
      DepartmentNotification n = new DepartmentNotification();
      n.setProjectId(projectId);
      n.setDepartment(dept);
      n.setMessage("《客户需求沟通记录》已签署：项目 " + p.getProjectNumber() + "「" + p.getTitle() + "」，请相关部门知悉并配合。");
      n.setCreatedAt(now());
      sent.add(notifications.save(n));
    }
    return sent;
  }

  // ---------------------------------------------------------------- 2. plan, risks, review, confirmation

  /** 000 §2(2).1-3, §5: a new plan version with milestones and a risk register; risk levels from the DMN. */
  public ProjectPlan submitPlan(Long projectId, PlanInput in, String user) {
    Project p = project(projectId);
    require(in.objectives(), "项目目标");
    require(in.strategy(), "执行策略");
    require(in.workSteps(), "工作步骤");
    require(in.resources(), "资源需求");
    if (in.reviewers() == null || in.reviewers().isEmpty()) {
      throw new BusinessRuleException("请至少选择一位评审部门负责人");
    }
    for (String reviewer : in.reviewers()) {
      requireMember(reviewer, "dept-head", "评审部门负责人");
    }
    int n = 1;
    for (PlanInput.MilestoneInput m : in.milestones()) {
      require(m.name(), "第 " + n + " 个时间节点的名称");
      if (m.dueDate() == null) {
        throw new BusinessRuleException("第 " + n + " 个时间节点缺少完成日期");
      }
      n++;
    }
    List<String> levels = new ArrayList<>();
    n = 1;
    for (PlanInput.RiskInput r : in.risks()) {
      String name = "第 " + n + " 项风险";
      require(r.description(), name + "的描述");
      oneOf(r.category(), RISK_CATEGORIES, name + "的类别");
      oneOf(r.likelihood(), LEVELS, name + "的发生可能性");
      oneOf(r.impact(), LEVELS, name + "的影响程度");
      oneOf(r.response(), RISK_RESPONSES, name + "的应对措施");
      String level = riskMatrix.level(r.likelihood(), r.impact());
      if ("high".equals(level) && (blank(r.owner()) || blank(r.responsePlan()))) {
        throw new BusinessRuleException(name + "「" + r.description() + "」经风险矩阵评定为高风险，必须填写责任人和应对预案");
      }
      levels.add(level);
      n++;
    }
    plans.findFirstByProjectIdOrderByVersionNoDesc(projectId).ifPresent(previous -> previous.setStatus("SUPERSEDED"));
    int version = plans.findFirstByProjectIdOrderByVersionNoDesc(projectId).map(x -> x.getVersionNo() + 1).orElse(1);
    ProjectPlan plan = new ProjectPlan();
    plan.setProjectId(projectId);
    plan.setVersionNo(version);
    plan.setObjectives(in.objectives());
    plan.setStrategy(in.strategy());
    plan.setWorkSteps(in.workSteps());
    plan.setResources(in.resources());
    plan.setStatus("IN_REVIEW");
    plan.setSubmittedBy(user);
    plan.setSubmittedAt(now());
    plan = plans.save(plan);
    for (PlanInput.MilestoneInput m : in.milestones()) {
      PlanMilestone ms = new PlanMilestone();
      ms.setPlanId(plan.getId());
      ms.setName(m.name());
      ms.setDueDate(m.dueDate());
      milestones.save(ms);
    }
    for (int i = 0; i < in.risks().size(); i++) {
      PlanInput.RiskInput r = in.risks().get(i);
      PlanRisk risk = new PlanRisk();
      risk.setPlanId(plan.getId());
      risk.setDescription(r.description());
      risk.setCategory(r.category());
      risk.setLikelihood(r.likelihood());
      risk.setImpact(r.impact());
      risk.setLevel(levels.get(i));
      risk.setResponse(r.response());
      risk.setOwner(blank(r.owner()) ? null : r.owner());
      risk.setResponsePlan(blank(r.responsePlan()) ? null : r.responsePlan());
      risks.save(risk);
    }
    for (String reviewer : new LinkedHashSet<>(in.reviewers())) {
      PlanReview review = new PlanReview();
      review.setPlanId(plan.getId());
      review.setReviewer(reviewer);
      review.setRole(DEPT_HEAD);
      reviews.save(review);
    }
    move(p, ProjectStatus.REVIEW);
    return plan;
  }

  /** Projects of the customer not yet completed. */
  public long openProjectsOf(Long customerId) {
    return projects.countByCustomerIdAndStatusNot(customerId, ProjectStatus.COMPLETED.name());
  }

  public ProjectPlan currentPlan(Long projectId) {
    return plans.findFirstByProjectIdOrderByVersionNoDesc(projectId)
        .orElseThrow(() -> new BusinessRuleException("项目尚未提交执行方案"));
  }

  /** The department heads named for the current plan version, one review task each. */
  public List<String> departmentReviewers(Long projectId) {
    return reviews.findByPlanIdOrderById(currentPlan(projectId).getId()).stream()
        .filter(r -> DEPT_HEAD.equals(r.getRole())).map(PlanReview::getReviewer).toList();
  }

  /** 000 §2(2).4: a reviewer approves or asks for changes with comments. */
  public PlanReview recordReview(Long projectId, String reviewer, String role, boolean approved, String comment) {
    if (!approved && blank(comment)) {
      throw new BusinessRuleException("提出修改意见时必须填写评审意见");
    }
    ProjectPlan plan = currentPlan(projectId);
    PlanReview review = reviews.findByPlanIdAndReviewerAndRole(plan.getId(), reviewer, role).orElseGet(() -> {
      PlanReview r = new PlanReview();
      r.setPlanId(plan.getId());
      r.setReviewer(reviewer);
      r.setRole(role);
      return r;
    });
    review.setApproved(approved);
    review.setComment(comment);
    review.setReviewedAt(now());
    if (!approved) {
      plan.setStatus("CHANGES_REQUESTED");
    }
    return reviews.save(review);
  }

  public boolean departmentsApproved(Long projectId) {
    List<PlanReview> all = reviews.findByPlanIdOrderById(currentPlan(projectId).getId()).stream()
        .filter(r -> DEPT_HEAD.equals(r.getRole())).toList();
    return !all.isEmpty() && all.stream().allMatch(r -> Boolean.TRUE.equals(r.getApproved()));
  }

  /** 000 §2(2).5: the approved 《客户项目执行方案》. */
  public ProjectPlan approvePlan(Long projectId) {
    ProjectPlan plan = currentPlan(projectId);
    plan.setStatus("APPROVED");
    plan.setApprovedAt(now());
    move(project(projectId), ProjectStatus.CONFIRMATION);
    return plan;
  }

  /** 002 service flow 4: the customer confirms the plan or asks for changes. */
  public CustomerConfirmation recordCustomerConfirmation(Long projectId, String contact, boolean confirmed, String note,
      String user) {
    require(contact, "客户确认人");
    if (!confirmed && blank(note)) {
      throw new BusinessRuleException("客户要求修改方案时，请填写客户的修改要求");
    }
    ProjectPlan plan = currentPlan(projectId);
    CustomerConfirmation c = new CustomerConfirmation();
    c.setProjectId(projectId);
    c.setPlanId(plan.getId());
    c.setConfirmed(confirmed);
    c.setContactName(contact);
    c.setNote(note);
    c.setRecordedBy(user);
    c.setRecordedAt(now());
    if (!confirmed) {
      plan.setStatus("CHANGES_REQUESTED");
      move(project(projectId), ProjectStatus.PLANNING);
    }
    return confirmations.save(c);
  }

  // ---------------------------------------------------------------- 3. tasks and execution

  /** 000 §2(3).1 */
  public List<ProjectTask> assignTasks(Long projectId, List<TaskInput> inputs) {
    if (inputs == null || inputs.isEmpty()) {
      throw new BusinessRuleException("请至少分配一项执行任务");
    }
    List<ProjectTask> created = new ArrayList<>();
    int n = 1;
    for (TaskInput in : inputs) {
      String name = "第 " + n + " 项任务";
      require(in.title(), name + "的名称");
      require(in.requirements(), name + "的任务要求");
      require(in.qualityStandard(), name + "的质量标准");
      requireMember(in.executor(), "executor", name + "的执行人员");
      if (in.dueDate() == null || in.dueDate().isBefore(today())) {
        throw new BusinessRuleException(name + "「" + in.title() + "」的完成时间不能为空或早于今天");
      }
      ProjectTask t = new ProjectTask();
      t.setProjectId(projectId);
      t.setTitle(in.title());
      t.setExecutor(in.executor());
      t.setRequirements(in.requirements());
      t.setDueDate(in.dueDate());
      t.setQualityStandard(in.qualityStandard());
      t.setStatus("OPEN");
      t.setReworkCount(0);
      created.add(tasks.save(t));
      n++;
    }
    move(project(projectId), ProjectStatus.EXECUTION);
    return created;
  }

  public List<ProjectTask> tasksOf(Long projectId) {
    return tasks.findByProjectIdOrderById(projectId);
  }

  public List<Long> openTaskIds(Long projectId) {
    return tasks.findByProjectIdAndStatusOrderById(projectId, "OPEN").stream().map(ProjectTask::getId).toList();
  }

  public ProjectTask task(Long taskId) {
    return tasks.findById(taskId).orElseThrow(() -> new BusinessRuleException("找不到执行任务 " + taskId));
  }

  /** 000 §2(3).2: the executor completes the task or reports a problem to the lead. */
  public void workTask(Long taskId, boolean problemReported, String problemDescription, String result, String user) {
    ProjectTask t = task(taskId);
    if (!"OPEN".equals(t.getStatus())) {
      throw new BusinessRuleException("执行任务「" + t.getTitle() + "」已完成，不能再次办理");
    }
    if (problemReported) {
      require(problemDescription, "问题或困难说明");
      TaskProblem problem = new TaskProblem();
      problem.setProjectTaskId(taskId);
      problem.setDescription(problemDescription);
      problem.setReportedBy(user);
      problem.setReportedAt(now());
      problems.save(problem);
    } else {
      require(result, "完成情况");
      t.setResult(result);
      t.setStatus("DONE");
      t.setCompletedAt(now());
    }
  }

  /** 000 §2(3).3 */
  public void coordinateProblem(Long taskId, String resolution, String user) {
    require(resolution, "协调处理结果");
    TaskProblem problem = problems.findFirstByProjectTaskIdAndResolvedAtIsNullOrderByIdDesc(taskId)
        .orElseThrow(() -> new BusinessRuleException("任务 " + taskId + " 没有待协调的问题"));
    problem.setResolution(resolution);
    problem.setResolvedBy(user);
    problem.setResolvedAt(now());
  }

  /** 000 §2(5).1: failing items go back to their executors. */
  public SelfCheck selfCheck(Long projectId, boolean passed, String findings, List<String> reworkTaskIds,
      String user) {
    if (!passed) {
      require(findings, "自查发现");
      if (reworkTaskIds == null || reworkTaskIds.isEmpty()) {
        throw new BusinessRuleException("自查不合格时，请选择需要返工的任务");
      }
      for (String id : reworkTaskIds) {
        ProjectTask t = tasks.findById(parseId(id)).filter(x -> x.getProjectId().equals(projectId))
            .orElseThrow(() -> new BusinessRuleException("需返工的任务「" + id + "」不属于本项目"));
        t.setStatus("OPEN");
        t.setReworkCount(t.getReworkCount() + 1);
        t.setCompletedAt(null);
      }
    }
    SelfCheck check = new SelfCheck();
    check.setProjectId(projectId);
    check.setPassed(passed);
    check.setFindings(findings);
    check.setCheckedBy(user);
    check.setCheckedAt(now());
    return selfChecks.save(check);
  }

  /** 000 §2(4).1 */
  public ProgressReport reportProgress(Long projectId, String summary, String issues, String nextSteps, String user) {
    require(summary, "工作进展");
    ProgressReport r = new ProgressReport();
    r.setProjectId(project(projectId).getId());
    r.setSummary(summary);
    r.setIssues(issues);
    r.setNextSteps(nextSteps);
    r.setReportedBy(user);
    r.setReportedAt(now());
    return progressReports.save(r);
  }

  /** 000 §2(4).2: an opinion from the customer, recorded before the process is told. */
  public CustomerOpinion receiveOpinion(Project p, String content, String channel) {
    require(content, "意见内容");
    maxLength(content, 4000, "意见内容");
    oneOf(channel, OPINION_CHANNELS, "意见来源渠道");
    CustomerOpinion o = new CustomerOpinion();
    o.setProjectId(p.getId());
    o.setContent(content);
    o.setChannel(channel);
    o.setReceivedAt(now());
    return opinions.save(o);
  }

  public CustomerOpinion opinion(Long opinionId) {
    return opinions.findById(opinionId).orElseThrow(() -> new BusinessRuleException("找不到客户意见 " + opinionId));
  }

  public void answerOpinion(Long opinionId, String answer, boolean multiDepartment, String user) {
    require(answer, "处理及答复内容");
    CustomerOpinion o = opinion(opinionId);
    o.setAnswer(answer);
    o.setMultiDepartment(multiDepartment);
    o.setAnsweredBy(user);
    o.setAnsweredAt(now());
  }

  public void resolveOpinionJointly(Long opinionId, String resolution) {
    require(resolution, "联合解决方案及结果");
    opinion(opinionId).setJointResolution(resolution);
  }

  // ---------------------------------------------------------------- 4. acceptance and feedback

  /** 000 §2(5).2 */
  public Acceptance applyForAcceptance(Long projectId, String resultReport, String documents, String user) {
    require(resultReport, "项目成果报告");
    int round = acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId).map(a -> a.getRoundNo() + 1).orElse(1);
    Acceptance a = new Acceptance();
    a.setProjectId(projectId);
    a.setRoundNo(round);
    a.setResultReport(resultReport);
    a.setDocuments(documents);
    a.setAppliedBy(user);
    a.setAppliedAt(now());
    move(project(projectId), ProjectStatus.ACCEPTANCE);
    return acceptances.save(a);
  }

  /** 000 §2(5).3: quality, quantity, delivery time and service level; pass → signed 《项目验收报告》. */
  public Acceptance decideAcceptance(Long projectId, String quality, String quantity, String deliveryTime,
      String serviceLevel, boolean passed, String customerOpinion, String signerName) {
    Set<String> verdicts = Set.of("pass", "fail");
    oneOf(quality, verdicts, "成果质量");
    oneOf(quantity, verdicts, "成果数量");
    oneOf(deliveryTime, verdicts, "交付时间");
    oneOf(serviceLevel, verdicts, "服务水平");
    boolean allPass = List.of(quality, quantity, deliveryTime, serviceLevel).stream().allMatch("pass"::equals);
    if (passed && !allPass) {
      throw new BusinessRuleException("质量、数量、交付时间、服务水平有不合格项时，验收结论不能为合格");
    }
    if (passed && blank(signerName)) {
      throw new BusinessRuleException("验收合格时，请填写《项目验收报告》签署人");
    }
    if (!passed && blank(customerOpinion)) {
      throw new BusinessRuleException("验收不合格时，请填写客户意见，作为整改依据");
    }
    Acceptance current = acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId)
        .orElseThrow(() -> new BusinessRuleException("项目尚未提交验收申请"));
    if (current.getPassed() != null) {
      // re-acceptance after rectification: a new round on the same result report
      Acceptance next = new Acceptance();
      next.setProjectId(projectId);
      next.setRoundNo(current.getRoundNo() + 1);
      next.setResultReport(current.getResultReport());
      next.setDocuments(current.getDocuments());
      next.setAppliedBy(current.getAppliedBy());
      next.setAppliedAt(now());
      current = acceptances.save(next);
    }
    current.setQuality(quality);
    current.setQuantity(quantity);
    current.setDeliveryTime(deliveryTime);
    current.setServiceLevel(serviceLevel);
    current.setPassed(passed);
    current.setCustomerOpinion(customerOpinion);
    current.setSignerName(passed ? signerName : null);
    current.setDecidedAt(now());
    return current;
  }

  public void rectify(Long projectId, String rectification) {
    require(rectification, "整改措施及结果");
    Acceptance a = acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId)
        .orElseThrow(() -> new BusinessRuleException("项目尚无验收记录"));
    a.setRectification(rectification);
    a.setRectifiedAt(now());
  }

  /** SPEC P1.13: the accepted project becomes part of the customer's cooperation history. */
  public Project archiveAcceptance(Long projectId) {
    Project p = project(projectId);
    Acceptance a = acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId)
        .filter(x -> Boolean.TRUE.equals(x.getPassed()))
        .orElseThrow(() -> new BusinessRuleException("项目 " + p.getProjectNumber() + " 尚未验收合格"));
    move(p, ProjectStatus.ACCEPTED);
    p.setAcceptedAt(a.getDecidedAt());
    return p;
  }

  /** 000 §2(4).3, 002: satisfaction and improvement measures after acceptance. */
  public ProjectFeedback recordFeedback(Long projectId, String satisfaction, String feedback, String measures,
      String user, Instant dueAt) {
    int score;
    try {
      score = Integer.parseInt(satisfaction);
    } catch (NumberFormatException | NullPointerException e) {
      throw new BusinessRuleException("客户满意度必须是 1 到 5 的分数，收到：" + satisfaction);
    }
    if (score < 1 || score > 5) {
      throw new BusinessRuleException("客户满意度必须是 1 到 5 的分数，收到：" + satisfaction);
    }
    require(feedback, "客户反馈意见");
    require(measures, "改进措施");
    ProjectFeedback f = new ProjectFeedback();
    f.setProjectId(projectId);
    f.setSatisfaction(score);
    f.setFeedback(feedback);
    f.setImprovementMeasures(measures);
    f.setAnsweredBy(user);
    f.setAnsweredAt(now());
    f.setDueAt(dueAt);
    move(project(projectId), ProjectStatus.COMPLETED);
    return feedbacks.save(f);
  }

  /** 002 service flow 3: reminder before / escalation after the first-plan deadline. */
  public PlanDeadlineEvent recordDeadlineEvent(Long projectId, String kind, String recipient, String note) {
    PlanDeadlineEvent e = new PlanDeadlineEvent();
    e.setProjectId(project(projectId).getId());
    e.setKind(kind);
    e.setRecipient(recipient);
    e.setNote(note);
    e.setCreatedAt(now());
    return deadlineEvents.save(e);
  }

  // ---------------------------------------------------------------- helpers

  public Project project(Long projectId) {
    return projects.findById(projectId).orElseThrow(() -> new BusinessRuleException("找不到项目 " + projectId));
  }

  /** Binds the project to the process instance that runs it, once; a project of another instance is refused. */
  public void attachProcess(Long projectId, String processInstanceId) {
    Project p = project(projectId);
    if (p.getProcessInstanceId() != null && !p.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("项目 " + p.getProjectNumber() + " 已由另一个流程实例办理");
    }
    p.setProcessInstanceId(processInstanceId);
  }

  /**
   * The project a process step works on, checked against the step's process instance: a project bound to
   * another instance (or to none) is refused, whatever id the process variables hold.
   */
  public Project boundTo(Long projectId, String processInstanceId) {
    if (projectId == null) {
      throw new BusinessRuleException("流程缺少项目编号（projectId）");
    }
    Project p = project(projectId);
    if (p.getProcessInstanceId() == null || !p.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("项目 " + p.getProjectNumber()
          + (p.getProcessInstanceId() == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例")
          + "，本流程实例不能修改它");
    }
    return p;
  }

  /** An execution task of the project bound to this process instance (see {@link #boundTo}). */
  public ProjectTask boundTask(Long taskId, String processInstanceId) {
    if (taskId == null) {
      throw new BusinessRuleException("流程缺少执行任务编号（projectTaskId）");
    }
    ProjectTask t = task(taskId);
    boundTo(t.getProjectId(), processInstanceId);
    return t;
  }

  /** A customer opinion of the project bound to this process instance (see {@link #boundTo}). */
  public CustomerOpinion boundOpinion(Long opinionId, String processInstanceId) {
    if (opinionId == null) {
      throw new BusinessRuleException("流程缺少客户意见编号（opinionId）");
    }
    CustomerOpinion o = opinion(opinionId);
    boundTo(o.getProjectId(), processInstanceId);
    return o;
  }

  /**
   * 000 §2(3).2: an execution task is done only by its executor — the user the task was assigned to in the plan
   * (crm_project_task.executor). The Tasklist task must still be assigned to that executor, and whoever is logged
   * in when it is completed must be that executor; nobody completes it on the executor's behalf.
   */
  public void requireExecutor(ProjectTask t, String taskAssignee, String authenticatedUser) {
    if (!t.getExecutor().equals(taskAssignee)) {
      throw new BusinessRuleException("执行任务「" + t.getTitle() + "」的执行人员是 " + t.getExecutor()
          + "，此任务现由 " + (taskAssignee == null ? "（无人）" : taskAssignee) + " 办理，不能完成");
    }
    if (authenticatedUser != null && !t.getExecutor().equals(authenticatedUser)) {
      throw new BusinessRuleException("执行任务「" + t.getTitle() + "」只能由执行人员 " + t.getExecutor() + " 完成，"
          + authenticatedUser + " 不能代为完成");
    }
  }

  private static void move(Project p, ProjectStatus target) {
    p.setStatus(ProjectStatus.of(p.getStatus()).moveTo(target).name());
  }

  private void requireMember(String userId, String groupId, String what) {
    if (blank(userId)) {
      throw new BusinessRuleException("请选择" + what);
    }
    long count = Engine.asSystem(() -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count());
    if (count == 0) {
      throw new BusinessRuleException(what + "「" + userId + "」不是「" + groupId + "」组的成员");
    }
  }

  private static Long parseId(String id) {
    try {
      return Long.valueOf(id);
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("任务编号「" + id + "」无效");
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void require(String value, String what) {
    if (blank(value)) {
      throw new BusinessRuleException(what + "不能为空");
    }
  }

  private static void maxLength(String value, int max, String what) {
    if (value != null && value.length() > max) {
      throw new BusinessRuleException(what + "不能超过 " + max + " 个字符（当前 " + value.length() + " 个）");
    }
  }

  private static void oneOf(String value, Set<String> allowed, String what) {
    if (value == null || !allowed.contains(value)) {
      throw new BusinessRuleException(what + "取值无效：" + value + "（可选：" + String.join("、", allowed) + "）");
    }
  }
}
