package com.crmflow.conformance;

/** Why an instance appears in the conformance report, with the Chinese label staff read. */
public enum FindingKind {
  DEADLINE_BREACHED("超过时限"),
  ESCALATED("已升级"),
  REOPENED("重新处理"),
  MANDATED_STEP_SKIPPED("缺少必经步骤"),
  TERMINATED("流程被取消"),
  INCIDENT("技术故障");

  private final String label;

  FindingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
