package com.crmflow.project.process;

import static com.crmflow.project.process.ProjectVariables.*;

import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.ModelProperties;
import com.crmflow.project.domain.AcceptanceRepository;
import com.crmflow.project.domain.PlanMilestoneRepository;
import com.crmflow.project.domain.PlanReviewRepository;
import com.crmflow.project.domain.PlanRiskRepository;
import com.crmflow.project.domain.Project;
import com.crmflow.project.domain.ProjectPlanRepository;
import com.crmflow.project.domain.ProjectRepository;
import com.crmflow.project.domain.ProjectStatus;
import com.crmflow.project.domain.ProjectTaskRepository;
import com.crmflow.project.domain.RequirementRecordRepository;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task of {@code customer-project}: puts a read-only Markdown summary of what the
 * person needs to see (requirement, current plan with risks and review opinions, tasks, acceptance) into the
 * task-local variable {@code context}, shown at the top of each form. It lives only as long as the task.
 */
@Component("projectContext")
public class ProjectContext implements TaskListener {

  private static final Map<String, String> LEVEL = Map.of("low", "低", "medium", "中", "high", "高");
  private static final Map<String, String> CATEGORY = Map.of("market", "市场风险", "technical", "技术风险",
      "personnel", "人员风险", "customer", "客户风险", "policy", "政策法规风险");
  private static final Map<String, String> RESPONSE = Map.of("avoid", "风险规避", "reduce", "风险降低",
      "transfer", "风险转移", "accept", "风险接受");
  private static final Map<String, String> COMPLEXITY = Map.of("normal", "一般", "complex", "复杂", "important", "重要");
  /**
   * Extension property {@code contextShows} of a user task: which parts beyond the requirement its summary shows —
   * {@code plan} (the current 《客户项目执行方案》 with risks and review opinions), {@code tasks} (the execution
   * tasks), {@code acceptance} (the latest acceptance round); comma-separated.
   */
  public static final String CONTEXT_SHOWS = "contextShows";

  private final ProjectRepository projects;
  private final CustomerDirectory customers;
  private final RequirementRecordRepository records;
  private final ProjectPlanRepository plans;
  private final PlanMilestoneRepository milestones;
  private final PlanRiskRepository risks;
  private final PlanReviewRepository reviews;
  private final ProjectTaskRepository tasks;
  private final AcceptanceRepository acceptances;

  public ProjectContext(ProjectRepository projects, CustomerDirectory customers, RequirementRecordRepository records,
      ProjectPlanRepository plans, PlanMilestoneRepository milestones, PlanRiskRepository risks,
      PlanReviewRepository reviews, ProjectTaskRepository tasks, AcceptanceRepository acceptances) {
    this.projects = projects;
    this.customers = customers;
    this.records = records;
    this.plans = plans;
    this.milestones = milestones;
    this.risks = risks;
    this.reviews = reviews;
    this.tasks = tasks;
    this.acceptances = acceptances;
  }

  @Override
  public void notify(DelegateTask task) {
    // only the project bound to this instance is shown: a rewritten projectId must not reveal another one
    Long projectId = Engine.idVariable(task, PROJECT_ID);
    if (projectId == null) {
      return;
    }
    Project bound = projects.findById(projectId).orElseThrow(
        () -> new BusinessRuleException("找不到项目 " + projectId));
    Engine.requireBound("项目 " + bound.getProjectNumber(), bound.getProcessInstanceId(),
        task);
    Set<String> shows = ModelProperties.of(task, CONTEXT_SHOWS).map(v -> Set.of(v.split("\\s*,\\s*")))
        .orElse(Set.of());
    CONTEXT.on(task).setLocal(describe(projectId, shows));
  }

  public String describe(Long projectId, Set<String> shows) {
    Project p = projects.findById(projectId).orElseThrow();
    StringBuilder md = new StringBuilder();
    String customer = customers.find(p.getCustomerId()).map(c -> c.getName()).orElse("");
    md.append("**项目 ").append(p.getProjectNumber()).append("「").append(p.getTitle()).append("」** · 客户：")
        .append(customer).append(" · 阶段：").append(ProjectStatus.valueOf(p.getStatus()).label()).append("\n\n");
    md.append("需求（").append(COMPLEXITY.getOrDefault(p.getComplexity(), p.getComplexity())).append("）：")
        .append(oneLine(p.getDetails()));
    if (p.getRequiredBy() != null) {
      md.append(" · 客户要求完成日期：").append(p.getRequiredBy());
    }
    md.append("\n\n");
    records.findFirstByProjectIdOrderByIdDesc(projectId).ifPresent(r -> md.append("《客户需求沟通记录》（")
        .append(r.getSignerName()).append(" 签字确认）：").append(oneLine(r.getSummary())).append("\n\n"));
    if (shows.contains("plan")) {
      plans.findFirstByProjectIdOrderByVersionNoDesc(projectId).ifPresent(plan -> {
        md.append("#### 《客户项目执行方案》第 ").append(plan.getVersionNo()).append(" 版\n\n");
        md.append("- 项目目标：").append(oneLine(plan.getObjectives())).append("\n");
        md.append("- 执行策略：").append(oneLine(plan.getStrategy())).append("\n");
        md.append("- 工作步骤：").append(oneLine(plan.getWorkSteps())).append("\n");
        md.append("- 资源需求：").append(oneLine(plan.getResources())).append("\n");
        milestones.findByPlanIdOrderByDueDate(plan.getId()).forEach(m ->
            md.append("- 时间节点：").append(m.getDueDate()).append(" ").append(m.getName()).append("\n"));
        risks.findByPlanIdOrderById(plan.getId()).forEach(r -> md.append("- 风险（")
            .append(CATEGORY.getOrDefault(r.getCategory(), r.getCategory())).append("，等级")
            .append(LEVEL.getOrDefault(r.getLevel(), r.getLevel())).append("）：").append(oneLine(r.getDescription()))
            .append(" → ").append(RESPONSE.getOrDefault(r.getResponse(), r.getResponse()))
            .append(r.getOwner() == null ? "" : "，责任人 " + r.getOwner())
            .append(r.getResponsePlan() == null ? "" : "，预案：" + oneLine(r.getResponsePlan())).append("\n"));
        reviews.findByPlanIdOrderById(plan.getId()).stream().filter(r -> r.getApproved() != null).forEach(r ->
            md.append("- 评审意见（").append(r.getReviewer()).append("）：")
                .append(Boolean.TRUE.equals(r.getApproved()) ? "同意" : "要求修改")
                .append(r.getComment() == null ? "" : "，" + oneLine(r.getComment())).append("\n"));
        md.append("\n");
      });
    }
    if (shows.contains("tasks")) {
      md.append("#### 执行任务\n\n");
      tasks.findByProjectIdOrderById(projectId).forEach(t -> md.append("- ").append(t.getTitle()).append("（")
          .append(t.getExecutor()).append("，").append(t.getDueDate()).append("）：")
          .append("DONE".equals(t.getStatus()) ? "已完成 — " + oneLine(t.getResult()) : "进行中").append("\n"));
      md.append("\n");
    }
    if (shows.contains("acceptance")) {
      acceptances.findFirstByProjectIdOrderByRoundNoDesc(projectId).ifPresent(a -> {
        md.append("#### 验收（第 ").append(a.getRoundNo()).append(" 轮）\n\n项目成果报告：")
            .append(oneLine(a.getResultReport())).append("\n\n");
        if (a.getCustomerOpinion() != null) {
          md.append("客户意见：").append(oneLine(a.getCustomerOpinion())).append("\n\n");
        }
      });
    }
    return md.toString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }
}
