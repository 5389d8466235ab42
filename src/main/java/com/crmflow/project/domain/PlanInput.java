package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the lead submits it (《客户项目执行方案》, 000 §2(2).1-3, §5): milestones, a risk register whose codes are
 * the options of the plan form, the department heads who review it, and the project's budget (optional; the
 * archive shows the current plan's).
 */
public record PlanInput(
    @Label("项目目标") @NotBlank @Size(max = 4000) String objectives,
    @Label("执行策略") @NotBlank @Size(max = 4000) String strategy,
    @Label("工作步骤") @NotBlank @Size(max = 8000) String workSteps,
    @Label("资源需求") @NotBlank @Size(max = 4000) String resources,
    @Label("时间节点") @NotNull List<@Valid MilestoneInput> milestones,
    @Label("风险") @NotNull List<@Valid RiskInput> risks,
    @Label("评审部门负责人") @NotEmpty List<String> reviewers,
    @Label("项目预算（元）") @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal budget) {

  public record MilestoneInput(
      @Label("名称") @NotBlank @Size(max = 200) String name,
      @Label("完成日期") @NotNull LocalDate dueDate) {}

  public record RiskInput(
      @Label("类别") @NotBlank @OneOf({"market", "technical", "personnel", "customer", "policy"}) String category,
      @Label("描述") @NotBlank @Size(max = 1000) String description,
      @Label("发生可能性") @NotBlank @OneOf({"low", "medium", "high"}) String likelihood,
      @Label("影响程度") @NotBlank @OneOf({"low", "medium", "high"}) String impact,
      @Label("应对措施") @NotBlank @OneOf({"avoid", "reduce", "transfer", "accept"}) String response,
      @Label("责任人") @Size(max = 100) String owner,
      @Label("应对预案") @Size(max = 2000) String responsePlan) {}
}
