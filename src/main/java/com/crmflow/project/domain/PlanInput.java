package com.crmflow.project.domain;

import java.time.LocalDate;
import java.util.List;

/** A plan as the lead submits it (《客户项目执行方案》). */
public record PlanInput(String objectives, String strategy, String workSteps, String resources,
    List<MilestoneInput> milestones, List<RiskInput> risks, List<String> reviewers) {

  public record MilestoneInput(String name, LocalDate dueDate) {}

  public record RiskInput(String category, String description, String likelihood, String impact, String response,
      String owner, String responsePlan) {}
}
