package com.crmflow.project.domain;

/** Where a project stands; shown in the API and the task context. */
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
}
