package com.crmflow.project.domain;

import com.crmflow.platform.process.BusinessRuleException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands; shown in the API and the task context. A project moves only along {@link #next()}
 * (《客户执行日常管理制度》 二): requirement → planning → review (again after a revised plan) → customer confirmation
 * (back to planning when the customer rejects the plan) → execution → acceptance → accepted → completed.
 */
public enum ProjectStatus {
  REQUIREMENT("需求沟通"),
  PLANNING("方案策划"),
  REVIEW("方案评审"),
  CONFIRMATION("客户确认方案"),
  EXECUTION("任务执行"),
  ACCEPTANCE("项目验收"),
  ACCEPTED("已验收"),
  COMPLETED("已完成");

  private final String label;

  ProjectStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The statuses this one may move to. */
  public Set<ProjectStatus> next() {
    return switch (this) {
      case REQUIREMENT -> EnumSet.of(PLANNING);
      case PLANNING -> EnumSet.of(REVIEW);
      case REVIEW -> EnumSet.of(REVIEW, CONFIRMATION);
      case CONFIRMATION -> EnumSet.of(PLANNING, EXECUTION);
      case EXECUTION -> EnumSet.of(ACCEPTANCE);
      case ACCEPTANCE -> EnumSet.of(ACCEPTED);
      case ACCEPTED -> EnumSet.of(COMPLETED);
      case COMPLETED -> EnumSet.noneOf(ProjectStatus.class);
    };
  }

  /** The target, or a {@link BusinessRuleException} naming both statuses when the move is not allowed. */
  public ProjectStatus moveTo(ProjectStatus target) {
    if (!next().contains(target)) {
      throw new BusinessRuleException("项目状态不能从「" + label + "」变为「" + target.label + "」");
    }
    return target;
  }

  /** The stored code as a status; an unknown code is a rule violation. */
  public static ProjectStatus of(String code) {
    for (ProjectStatus s : values()) {
      if (s.name().equals(code)) {
        return s;
      }
    }
    throw new BusinessRuleException("未知的项目状态：" + code);
  }
}
