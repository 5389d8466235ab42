package com.crmflow.survey.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The codes of survey fields and their Chinese labels (the same values as the forms' options). */
public final class SurveyCodes {

  private SurveyCodes() {}

  /** After project acceptance (000 §2(4).3, 004 §4.3): the project feedback's satisfaction is the overall score. */
  public static final String TRIGGER_PROJECT = "PROJECT";
  /** After a closed complaint: the complaint survey's score is the overall score. */
  public static final String TRIGGER_COMPLAINT = "COMPLAINT";
  /** After a return visit (001 §5(1).2): the visit's satisfaction is the overall score. */
  public static final String TRIGGER_VISIT = "VISIT";
  /** Periodically per customer (004 §6.2 定期开展客户满意度调查), by grade (crm.survey.periodic). */
  public static final String TRIGGER_PERIODIC = "PERIODIC";
  public static final Map<String, String> TRIGGERS = ordered(TRIGGER_PROJECT, "项目验收后", TRIGGER_COMPLAINT,
      "投诉结案后", TRIGGER_VISIT, "定期回访后", TRIGGER_PERIODIC, "定期调查");
  /** Where the overall score came from, as staff read it. */
  public static final Map<String, String> SOURCE_STEPS = ordered(TRIGGER_PROJECT, "项目验收后的客户反馈",
      TRIGGER_COMPLAINT, "投诉结案后的满意度调查", TRIGGER_VISIT, "客户定期回访");

  public static final String WAY_QUESTIONNAIRE = "questionnaire";
  public static final String WAY_PHONE = "phone";
  public static final String WAY_INTERVIEW = "interview";
  /** 000 §2(4).3: 问卷调查、电话回访、面谈; 004 §6.2: 问卷、访谈. */
  public static final Map<String, String> WAYS = ordered(WAY_QUESTIONNAIRE, "问卷", WAY_PHONE, "电话",
      WAY_INTERVIEW, "访谈");

  public static final String RESOLVED = "RESOLVED";
  public static final String IMPROVEMENT_PLANNED = "PLANNED";
  public static final String REJECTED = "REJECTED";
  /** What the manager did about a low score. */
  public static final Map<String, String> IMPROVEMENT_OUTCOMES = ordered(RESOLVED, "已改进", IMPROVEMENT_PLANNED,
      "已纳入改进计划", REJECTED, "无需改进（说明原因）");

  public static final Map<String, String> STATUSES = ordered(SatisfactionSurvey.OPEN, "待调查", SatisfactionSurvey.DONE,
      "已完成", SatisfactionSurvey.CANCELLED, "已取消");

  public static String label(Map<String, String> labels, String code) {
    return code == null ? "—" : labels.getOrDefault(code, code);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
