package com.crmflow.care.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The codes of customer care (SPEC P8) and what staff read for them. */
public final class CareCodes {

  private CareCodes() {}

  public static final String HOLIDAY_GREETING = "HOLIDAY_GREETING";
  public static final String BIRTHDAY_WISH = "BIRTHDAY_WISH";
  public static final String APPRECIATION_EVENT = "APPRECIATION_EVENT";
  public static final String INDUSTRY_SEMINAR = "INDUSTRY_SEMINAR";

  /** 001 §5(2): 节日问候、生日祝福、客户答谢会、行业研讨会. */
  public static final Map<String, String> KINDS = map(HOLIDAY_GREETING, "节日问候", BIRTHDAY_WISH, "生日祝福",
      APPRECIATION_EVENT, "客户答谢会", INDUSTRY_SEMINAR, "行业研讨会");
  /** The lighter kinds: plan → send → summary, without invitations. */
  public static final Set<String> GREETING_KINDS = Set.of(HOLIDAY_GREETING, BIRTHDAY_WISH);

  public static final String MODE_GRADE = "GRADE";
  public static final String MODE_LIST = "LIST";
  public static final Map<String, String> TARGET_MODES = map(MODE_GRADE, "按客户等级", MODE_LIST, "指定客户");

  public static final String ACCEPTED = "ACCEPTED";
  public static final String DECLINED = "DECLINED";
  public static final Map<String, String> REPLIES = map(ACCEPTED, "接受邀请", DECLINED, "谢绝邀请");

  public static final Map<String, String> CHANNELS = map("phone", "电话", "sms", "短信", "email", "邮件",
      "wechat", "微信", "visit", "上门", "gift", "寄送礼品");

  public static final Map<String, String> STATUSES = map(CareActivity.PLANNED, "已计划", CareActivity.INVITING,
      "邀请中", CareActivity.EXECUTING, "执行中", CareActivity.SUMMARIZING, "待总结", CareActivity.IMPROVING,
      "改进中", CareActivity.DONE, "已完成", CareActivity.CANCELLED, "已取消");

  public static final Set<String> GRADES = Set.of("A", "B", "C", "D");

  public static String label(Map<String, String> labels, String code) {
    return code == null ? null : labels.getOrDefault(code, code);
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
