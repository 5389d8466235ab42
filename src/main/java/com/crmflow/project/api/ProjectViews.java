package com.crmflow.project.api;

import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.project.domain.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Read model of a project for {@code GET /api/projects/{number}}. */
@Component
public class ProjectViews {

  public record ProjectView(String projectNumber, String title, String customerName, String status,
      String statusLabel, String complexity, LocalDate requiredBy, String accountManager, String projectLead,
      RecordView requirementRecord, List<PlanView> plans, List<TaskView> tasks, List<OpinionView> opinions,
      List<AcceptanceView> acceptances, List<DeadlineView> planDeadlineEvents, FeedbackView feedback,
      Instant createdAt, Instant acceptedAt) {}

  public record RecordView(String summary, List<String> relatedDepartments, String signerName, Instant signedAt) {}

  public record PlanView(int version, String status, String objectives, String strategy, String workSteps,
      String resources, List<MilestoneView> milestones, List<RiskView> risks, List<ReviewView> reviews,
      Instant submittedAt, Instant approvedAt) {}

  public record MilestoneView(String name, LocalDate dueDate) {}

  public record RiskView(String category, String description, String likelihood, String impact, String level,
      String response, String owner, String responsePlan) {}

  public record ReviewView(String reviewer, String role, Boolean approved, String comment, Instant reviewedAt) {}

  public record TaskView(Long id, String title, String executor, LocalDate dueDate, String status, int reworkCount,
      String result) {}

  public record OpinionView(Long id, String content, String channel, Instant receivedAt, String answer,
      String jointResolution) {}

  public record AcceptanceView(int round, Boolean passed, String customerOpinion, String signerName,
      Instant decidedAt, String rectification) {}

  public record DeadlineView(String kind, String recipient, String note, Instant createdAt) {}

  public record FeedbackView(int satisfaction, String feedback, String improvementMeasures, Instant answeredAt,
      Instant dueAt) {}

  private final CustomerDirectory customers;
  private final RequirementRecordRepository records;
  private final ProjectPlanRepository plans;
  private final PlanMilestoneRepository milestones;
  private final PlanRiskRepository risks;
  private final PlanReviewRepository reviews;
  private final ProjectTaskRepository tasks;
  private final CustomerOpinionRepository opinions;
  private final AcceptanceRepository acceptances;
  private final PlanDeadlineEventRepository deadlines;
  private final ProjectFeedbackRepository feedbacks;

  public ProjectViews(CustomerDirectory customers, RequirementRecordRepository records, ProjectPlanRepository plans,
      PlanMilestoneRepository milestones, PlanRiskRepository risks, PlanReviewRepository reviews,
      ProjectTaskRepository tasks, CustomerOpinionRepository opinions, AcceptanceRepository acceptances,
      PlanDeadlineEventRepository deadlines, ProjectFeedbackRepository feedbacks) {
    this.customers = customers;
    this.records = records;
    this.plans = plans;
    this.milestones = milestones;
    this.risks = risks;
    this.reviews = reviews;
    this.tasks = tasks;
    this.opinions = opinions;
    this.acceptances = acceptances;
    this.deadlines = deadlines;
    this.feedbacks = feedbacks;
  }

  public ProjectView view(Project p) {
    Long id = p.getId();
    RecordView record = records.findFirstByProjectIdOrderByIdDesc(id).map(r -> new RecordView(r.getSummary(),
        List.of(r.getRelatedDepartments().split(",")), r.getSignerName(), r.getSignedAt())).orElse(null);
    List<PlanView> planViews = plans.findByProjectIdOrderByVersionNo(id).stream().map(pl -> new PlanView(
        pl.getVersionNo(), pl.getStatus(), pl.getObjectives(), pl.getStrategy(), pl.getWorkSteps(), pl.getResources(),
        milestones.findByPlanIdOrderByDueDate(pl.getId()).stream().map(m -> new MilestoneView(m.getName(), m.getDueDate())).toList(),
        risks.findByPlanIdOrderById(pl.getId()).stream().map(r -> new RiskView(r.getCategory(), r.getDescription(),
            r.getLikelihood(), r.getImpact(), r.getLevel(), r.getResponse(), r.getOwner(), r.getResponsePlan())).toList(),
        reviews.findByPlanIdOrderById(pl.getId()).stream().map(r -> new ReviewView(r.getReviewer(), r.getRole(),
            r.getApproved(), r.getComment(), r.getReviewedAt())).toList(),
        pl.getSubmittedAt(), pl.getApprovedAt())).toList();
    return new ProjectView(p.getProjectNumber(), p.getTitle(),
        customers.find(p.getCustomerId()).map(c -> c.getName()).orElse(null), p.getStatus(),
        ProjectStatus.valueOf(p.getStatus()).label(), p.getComplexity(), p.getRequiredBy(), p.getAccountManager(),
        p.getProjectLead(), record, planViews,
        tasks.findByProjectIdOrderById(id).stream().map(t -> new TaskView(t.getId(), t.getTitle(), t.getExecutor(),
            t.getDueDate(), t.getStatus(), t.getReworkCount(), t.getResult())).toList(),
        opinions.findByProjectIdOrderById(id).stream().map(o -> new OpinionView(o.getId(), o.getContent(),
            o.getChannel(), o.getReceivedAt(), o.getAnswer(), o.getJointResolution())).toList(),
        acceptances.findByProjectIdOrderByRoundNo(id).stream().map(a -> new AcceptanceView(a.getRoundNo(),
            a.getPassed(), a.getCustomerOpinion(), a.getSignerName(), a.getDecidedAt(), a.getRectification())).toList(),
        deadlines.findByProjectIdOrderById(id).stream().map(d -> new DeadlineView(d.getKind(), d.getRecipient(),
            d.getNote(), d.getCreatedAt())).toList(),
        feedbacks.findFirstByProjectIdOrderByIdDesc(id).map(f -> new FeedbackView(f.getSatisfaction(), f.getFeedback(),
            f.getImprovementMeasures(), f.getAnsweredAt(), f.getDueAt())).orElse(null),
        p.getCreatedAt(), p.getAcceptedAt());
  }
}
