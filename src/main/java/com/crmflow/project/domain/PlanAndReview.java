package com.crmflow.project.domain;

import static com.crmflow.project.domain.Projects.blank;
import static com.crmflow.project.domain.Projects.now;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.validation.Inputs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 计划与评审 (000 §2(2), §5; 002 service flows 3-4): the lead submits the 《客户项目执行方案》 with milestones and a
 * risk register, the named department heads and the division leader review it, the approved plan is issued and
 * the customer confirms it; reminders and escalations of the first-plan deadline are recorded.
 */
@Service
@Transactional
public class PlanAndReview {

  /** Review roles: a department head named in the plan, the division leader after them. */
  public static final String DEPT_HEAD = "DEPT_HEAD";
  public static final String DIVISION_LEADER = "DIVISION_LEADER";

  private final Projects projects;
  private final ProjectPlanRepository plans;
  private final PlanMilestoneRepository milestones;
  private final PlanRiskRepository risks;
  private final PlanReviewRepository reviews;
  private final CustomerConfirmationRepository confirmations;
  private final PlanDeadlineEventRepository deadlineEvents;
  private final RiskMatrix riskMatrix;
  private final GroupMembers groups;

  public PlanAndReview(Projects projects, ProjectPlanRepository plans, PlanMilestoneRepository milestones,
      PlanRiskRepository risks, PlanReviewRepository reviews, CustomerConfirmationRepository confirmations,
      PlanDeadlineEventRepository deadlineEvents, RiskMatrix riskMatrix, GroupMembers groups) {
    this.projects = projects;
    this.plans = plans;
    this.milestones = milestones;
    this.risks = risks;
    this.reviews = reviews;
    this.confirmations = confirmations;
    this.deadlineEvents = deadlineEvents;
    this.riskMatrix = riskMatrix;
    this.groups = groups;
  }

  /** 000 §2(2).1-3, §5: a new plan version with milestones and a risk register; risk levels from the DMN. */
  public ProjectPlan submitPlan(Long projectId, PlanInput in, String user) {
    Inputs.valid(in);
    Project p = projects.project(projectId);
    p.setBudget(in.budget());
    for (String reviewer : in.reviewers()) {
      groups.require(reviewer, "dept-head", "评审部门负责人");
    }
    List<String> levels = new ArrayList<>();
    int n = 1;
    for (PlanInput.RiskInput r : in.risks()) {
      String level = riskMatrix.level(r.likelihood(), r.impact());
      if ("high".equals(level) && (blank(r.owner()) || blank(r.responsePlan()))) {
        throw new BusinessRuleException("第 " + n + " 项风险「" + r.description()
            + "」经风险矩阵评定为高风险，必须填写责任人和应对预案");
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
    Projects.move(p, ProjectStatus.REVIEW);
    return plan;
  }

  public ProjectPlan currentPlan(Long projectId) {
    return plans.findFirstByProjectIdOrderByVersionNoDesc(projectId)
        .orElseThrow(() -> new BusinessRuleException("项目尚未提交执行方案"));
  }

  /** The department heads named for the current plan version, one review task each. */
  public List<String> departmentReviewers(Long projectId) {
    return departmentReviews(projectId).stream().map(PlanReview::getReviewer).toList();
  }

  /** 000 §2(2).4: a reviewer (in {@code role}) approves or asks for changes with comments. */
  public PlanReview recordReview(Long projectId, String reviewer, String role, ReviewInput in) {
    Inputs.valid(in);
    if (!in.approved() && blank(in.comment())) {
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
    review.setApproved(in.approved());
    review.setComment(in.comment());
    review.setReviewedAt(now());
    if (!in.approved()) {
      plan.setStatus("CHANGES_REQUESTED");
    }
    return reviews.save(review);
  }

  /** Every department head of the current plan version approved it. */
  public boolean departmentsApproved(Long projectId) {
    List<PlanReview> all = departmentReviews(projectId);
    return !all.isEmpty() && all.stream().allMatch(r -> Boolean.TRUE.equals(r.getApproved()));
  }

  private List<PlanReview> departmentReviews(Long projectId) {
    return reviews.findByPlanIdOrderById(currentPlan(projectId).getId()).stream()
        .filter(r -> DEPT_HEAD.equals(r.getRole())).toList();
  }

  /** 000 §2(2).5: the approved 《客户项目执行方案》. */
  public ProjectPlan approvePlan(Long projectId) {
    ProjectPlan plan = currentPlan(projectId);
    plan.setStatus("APPROVED");
    plan.setApprovedAt(now());
    Projects.move(projects.project(projectId), ProjectStatus.CONFIRMATION);
    return plan;
  }

  /** 002 service flow 4: the customer confirms the plan or asks for changes (back to planning). */
  public CustomerConfirmation recordCustomerConfirmation(Long projectId, ConfirmationInput in, String user) {
    Inputs.valid(in);
    if (!in.confirmed() && blank(in.note())) {
      throw new BusinessRuleException("客户要求修改方案时，请填写客户的修改要求");
    }
    ProjectPlan plan = currentPlan(projectId);
    CustomerConfirmation c = new CustomerConfirmation();
    c.setProjectId(projectId);
    c.setPlanId(plan.getId());
    c.setConfirmed(in.confirmed());
    c.setContactName(in.contact());
    c.setNote(in.note());
    c.setRecordedBy(user);
    c.setRecordedAt(now());
    if (!in.confirmed()) {
      plan.setStatus("CHANGES_REQUESTED");
      Projects.move(projects.project(projectId), ProjectStatus.PLANNING);
    }
    return confirmations.save(c);
  }

  /** 002 service flow 3: reminder before / escalation after the first-plan deadline, and the supervision. */
  public PlanDeadlineEvent recordDeadlineEvent(Long projectId, String kind, String recipient, String note) {
    PlanDeadlineEvent e = new PlanDeadlineEvent();
    e.setProjectId(projects.project(projectId).getId());
    e.setKind(kind);
    e.setRecipient(recipient);
    e.setNote(note);
    e.setCreatedAt(now());
    return deadlineEvents.save(e);
  }
}
