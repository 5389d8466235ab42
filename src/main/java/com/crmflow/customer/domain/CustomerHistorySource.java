package com.crmflow.customer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One part of a customer's cooperation and communication history, published by the feature that owns it: the
 * customer feature reads other features' records only through these beans, never their tables. Shown on the
 * customer ({@code history.<key>} of {@code GET /api/customers/{id}}): projects, complaints, return visits. A feature
 * contributes its part by providing a Spring bean of this type (return visits: key {@code visits}). Entries are
 * small JSON-able records, newest first, without personal data.
 */
public interface CustomerHistorySource {

  String key();

  List<?> entries(Long customerId);

  /**
   * The part as shown to a customer's new owner in the handover task (客户交接), or none (the default) when the
   * part is not shown there.
   */
  default Optional<HandoverSection> handover(Long customerId) {
    return Optional.empty();
  }

  /**
   * @param position where the section stands among the others (ascending)
   * @param heading e.g. 合作项目
   * @param unit how the lines are counted when there are too many to list, e.g. 个项目 (……共 25 个项目)
   * @param lines one Markdown line each (without the list marker), newest first, all of them
   */
  record HandoverSection(int position, String heading, String unit, List<String> lines) {}

  /**
   * This part's contacts with the customer for the archive's communication log (沟通记录, SPEC "Customer archive"):
   * every visit, follow-up, consultation, complaint and meeting, merged by the customer feature into one timeline,
   * newest first ({@code communications} of {@code GET /api/customers/{id}}). None by default.
   */
  default List<Communication> communications(Long customerId) {
    return List.of();
  }

  /**
   * One contact with the customer.
   *
   * @param at when it happened (or was recorded, when the record has no time of its own)
   * @param kind a stable code: {@code return-visit}, {@code lead-visit}, {@code follow-up}, {@code consultation},
   *     {@code complaint}, {@code meeting}, {@code project-meeting}
   * @param kindName what staff read, e.g. 回访, 拜访, 跟进, 咨询, 投诉, 协调会议
   * @param way phone, e-mail, on-site … in Chinese (电话, 邮件, 上门), or null
   * @param summary one short line in Chinese, without personal data of contacts
   * @param by the staff member's user id, or null
   * @param reference the record's number or API path (e.g. CMP-2026-000001, /api/complaints/12), or null
   */
  record Communication(Instant at, String kind, String kindName, String way, String summary, String by,
      String reference) {

    /**
     * The time of a contact the record knows only by its day (a visit on 2026-05-06): the time it was recorded if
     * that was the same day, else the start of the day, so that it sorts among the contacts of that day.
     */
    public static Instant onDay(LocalDate day, Instant recorded, ZoneId zone) {
      if (day == null) {
        return recorded;
      }
      if (recorded != null && LocalDate.ofInstant(recorded, zone).equals(day)) {
        return recorded;
      }
      return day.atStartOfDay(zone).toInstant();
    }
  }
}
