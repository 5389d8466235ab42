package com.crmflow.complaint.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The codes of complaint fields and their Chinese labels (the same values as the forms' options). */
public final class ComplaintCodes {

  private ComplaintCodes() {}

  /** SPEC P2.1: every intake channel. */
  public static final Map<String, String> CHANNELS = ordered(
      "phone", "电话", "email", "电子邮件", "online-form", "在线表单", "online-service", "在线客服",
      "hotline", "客服热线", "in-person", "现场来访");
  public static final Map<String, String> CATEGORIES = ordered(
      "product-quality", "产品质量", "service-attitude", "服务态度", "delivery", "交付进度", "billing", "费用结算",
      "project-execution", "项目执行", "other", "其他");
  public static final Map<String, String> SEVERITIES = ordered("low", "低", "medium", "中", "high", "高");
  public static final Map<String, String> CONTACT_PREFERENCES = ordered(
      "phone", "电话", "email", "电子邮件", "sms", "短信", "visit", "上门拜访");
  public static final Map<String, String> CAUSES = ordered(
      "product-defect", "产品缺陷", "service-process", "服务流程问题", "staff-attitude", "人员服务态度",
      "communication", "沟通不畅", "delivery-delay", "交付延误", "billing-error", "费用差错",
      "customer-misunderstanding", "客户误解", "other", "其他原因");
  public static final Map<String, String> STATUSES = ordered(
      Complaint.RECEIVED, "已受理", Complaint.IN_PROGRESS, "处理中", Complaint.CLOSED, "已结案");

  /** The organisation's departments (stored by their Chinese name). */
  public static final java.util.List<String> DEPARTMENTS =
      java.util.List.of("市场部", "技术部", "客服部", "财务部", "法务部", "项目管理部", "行政部");

  public static String label(Map<String, String> codes, String code) {
    return code == null ? "—" : codes.getOrDefault(code, code);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
