package com.crmflow.complaint.domain;

import com.crmflow.platform.process.BusinessRuleException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands, and the only moves the regulation allows (001 §5(3)): received → in progress
 * (assessed) → closed (after investigation, feedback and the follow-up check). Nothing else: a complaint is not
 * closed straight from intake, and a closed complaint stays closed.
 */
public enum ComplaintStatus {
  RECEIVED("已受理"),
  IN_PROGRESS("处理中"),
  CLOSED("已结案");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The statuses this one may move to. */
  public Set<ComplaintStatus> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(IN_PROGRESS);
      case IN_PROGRESS -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(ComplaintStatus.class);
    };
  }

  public boolean canMoveTo(ComplaintStatus target) {
    return next().contains(target);
  }

  /** The target status, or a {@link BusinessRuleException} naming both statuses when the move is not allowed. */
  public ComplaintStatus moveTo(ComplaintStatus target) {
    if (!canMoveTo(target)) {
      throw new BusinessRuleException("投诉状态不能从「" + label + "」变为「" + target.label + "」");
    }
    return target;
  }

  /** The stored code as a status; an unknown code is a rule violation, never a silent default. */
  public static ComplaintStatus of(String code) {
    for (ComplaintStatus s : values()) {
      if (s.name().equals(code)) {
        return s;
      }
    }
    throw new BusinessRuleException("未知的投诉状态：" + code);
  }
}
