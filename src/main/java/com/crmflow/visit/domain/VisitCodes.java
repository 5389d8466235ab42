package com.crmflow.visit.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The codes of visit fields and their Chinese labels (the same values as the forms' options). */
public final class VisitCodes {

  private VisitCodes() {}

  public static final String WAY_PHONE = "phone";
  public static final String WAY_EMAIL = "email";
  public static final String WAY_ON_SITE = "on-site";
  /** SPEC P4.2 / 001 §5(1).2: how the visit was made. */
  public static final Map<String, String> WAYS = ordered(WAY_PHONE, "电话", WAY_EMAIL, "电子邮件", WAY_ON_SITE, "实地拜访");
  public static final Map<String, String> GRADES = ordered(
      "A", "重要战略客户", "B", "核心客户", "C", "一般客户", "D", "潜在客户");
  public static final Map<String, String> STATUSES = ordered(
      Visit.PLANNED, "待回访", Visit.DUE, "回访中", Visit.DONE, "已完成", Visit.CANCELLED, "已取消");
  public static final String RESOLVED = "RESOLVED";
  public static final String IMPROVEMENT_PLANNED = "PLANNED";
  public static final String REJECTED = "REJECTED";
  /** What the department did about an issue. */
  public static final Map<String, String> IMPROVEMENT_OUTCOMES = ordered(
      RESOLVED, "已解决", IMPROVEMENT_PLANNED, "已纳入改进计划", REJECTED, "无法采纳");
  public static final Map<String, String> IMPROVEMENT_STATUSES = ordered(
      VisitImprovement.OPEN, "待处理", RESOLVED, "已解决", IMPROVEMENT_PLANNED, "已纳入改进计划", REJECTED, "无法采纳");

  /** The complaint channel of a complaint raised in a visit made this way. */
  public static String complaintChannel(String way) {
    return switch (way) {
      case WAY_EMAIL -> "email";
      case WAY_ON_SITE -> "in-person";
      default -> "phone";
    };
  }

  /**
   * How complaint handling contacts the customer: in person after an on-site visit, else by phone. Never e-mail:
   * that would need the contact's address, and personal contact data is not carried through the visit.
   */
  public static String complaintContactPreference(String way) {
    return WAY_ON_SITE.equals(way) ? "visit" : "phone";
  }

  public static String label(Map<String, String> codes, String code) {
    return code == null ? "—" : codes.getOrDefault(code, code);
  }

  public static String grade(String grade) {
    return grade == null ? "未分级" : grade + "（" + label(GRADES, grade) + "）";
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
