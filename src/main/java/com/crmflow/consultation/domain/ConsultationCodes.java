package com.crmflow.consultation.domain;

import java.util.Map;

/** The codes of consultation (咨询, 001 §4(2).1) and their Chinese terms. */
public final class ConsultationCodes {

  private ConsultationCodes() {}

  public static final String PHONE = "phone";
  public static final String EMAIL = "email";
  public static final String ONLINE = "online";
  /** How the enquiry came in, and how it was answered (001 §4(2).1: 电话、邮件、在线客服). */
  public static final Map<String, String> CHANNELS = Map.of(PHONE, "电话", EMAIL, "邮件", ONLINE, "在线客服");

  public static final Map<String, String> STATUSES = Map.of(Consultation.OPEN, "待答复", Consultation.ANSWERED, "已答复");

  public static String label(Map<String, String> codes, String code) {
    return code == null ? "—" : codes.getOrDefault(code, code);
  }
}
