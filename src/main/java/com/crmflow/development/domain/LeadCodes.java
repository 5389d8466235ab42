package com.crmflow.development.domain;

import java.util.Map;

/** The codes of customer development and their Chinese terms (001 §2). */
public final class LeadCodes {

  private LeadCodes() {}

  public static final String MARKET_RESEARCH = "market-research";
  public static final String ONLINE = "online";
  public static final String PARTNER_REFERRAL = "partner-referral";
  public static final String EMPLOYEE_REFERRAL = "employee-referral";
  /** A lead from a customer's consultation with cooperation intent (SPEC P5.5): never chosen in the lead form. */
  public static final String CONSULTATION = "consultation";
  public static final Map<String, String> CHANNELS = Map.of(MARKET_RESEARCH, "市场调研", ONLINE, "网络平台",
      PARTNER_REFERRAL, "合作伙伴推荐", EMPLOYEE_REFERRAL, "员工推荐", CONSULTATION, "咨询转入");

  public static final String STRONG = "strong";
  public static final String SOME = "some";
  public static final String UNCLEAR = "unclear";
  public static final String NONE = "none";
  public static final Map<String, String> INTENTIONS = Map.of(STRONG, "意向强烈", SOME, "有一定意向",
      UNCLEAR, "意向不明确", NONE, "无意向");

  public static final String PHONE = "phone";
  public static final String EMAIL = "email";
  public static final String VISIT = "visit";
  public static final Map<String, String> WAYS = Map.of(PHONE, "电话", EMAIL, "电子邮件", VISIT, "上门拜访");

  public static final String CONTINUE = "continue";
  public static final String CONCLUDE = "conclude";

  public static final String CONVERT = "convert";
  public static final String NURTURE = "nurture";
  public static final String CLOSE = "close";
  public static final Map<String, String> OUTCOMES = Map.of(CONVERT, "转化为合作客户", NURTURE, "继续培育",
      CLOSE, "关闭线索");

  public static final Map<String, String> STATUSES = Map.of(Lead.CAPTURED, "已登记", Lead.VISIT_PLANNED, "已制定拜访计划",
      Lead.VISIT_CONFIRMED, "客户已确认拜访", Lead.VISITED, "已拜访", Lead.FOLLOWING_UP, "跟进中",
      Lead.CONVERTED, "已转化为合作客户", Lead.CLOSED, "已关闭");

  public static String label(Map<String, String> codes, String code) {
    return code == null ? "—" : codes.getOrDefault(code, code);
  }
}
