package com.crmflow.complaint.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese labels of the complaint codes (DESIGN "Codes") used by the KPI figures: channel, category, cause.
 * Departments are stored by their Chinese name already. An unknown code is shown as the code itself.
 */
public final class ComplaintCodes {

  private ComplaintCodes() {}

  public static final Map<String, String> CHANNEL = ordered(
      "phone", "电话", "email", "电子邮件", "online-form", "在线表单", "online-service", "在线客服",
      "hotline", "客服热线", "in-person", "现场来访");

  public static final Map<String, String> CATEGORY = ordered(
      "product-quality", "产品质量", "service-attitude", "服务态度", "delivery", "交付进度", "billing", "费用结算",
      "project-execution", "项目执行", "other", "其他");

  public static final Map<String, String> CAUSE = ordered(
      "product-defect", "产品缺陷", "service-process", "服务流程问题", "staff-attitude", "人员服务态度",
      "communication", "沟通不畅", "delivery-delay", "交付延误", "billing-error", "费用差错",
      "customer-misunderstanding", "客户误解", "other", "其他原因");

  /** The departments of the organisation (DESIGN "Codes": value = label). */
  public static final List<String> DEPARTMENTS = List.of("市场部", "技术部", "客服部", "财务部", "法务部", "项目管理部", "行政部");

  public static String label(Map<String, String> labels, String code) {
    return code == null ? "" : labels.getOrDefault(code, code);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
