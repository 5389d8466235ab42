package com.crmflow.care.domain;

import static com.crmflow.care.domain.CareCodes.CHANNELS;
import static com.crmflow.care.domain.CareCodes.REPLIES;
import static com.crmflow.care.domain.CareCodes.STATUSES;
import static com.crmflow.care.domain.CareCodes.label;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's care in its archive ({@code history.care} of {@code GET /api/customers/{id}}) and on its
 * communication timeline: each care activity it was a target of (invitation reply, attendance, greeting sent) and
 * each generated birthday wish or holiday greeting its owner sent (kinds {@code care-activity},
 * {@code care-greeting}). No contact data: a birthday wish names no contact.
 */
@Component
@Transactional(readOnly = true)
public class CareHistory implements CustomerHistorySource {

  private final CareActivities activities;
  private final CareGreetings greetings;

  public CareHistory(CareActivities activities, CareGreetings greetings) {
    this.activities = activities;
    this.greetings = greetings;
  }

  /** One care activity as the customer's archive shows it. */
  public record CareEntry(String activityNumber, String kind, String kindName, String title, LocalDate plannedOn,
      String status, String statusName, String organizer, String reply, Boolean attended, Boolean greeted) {}

  @Override
  public String key() {
    return "care";
  }

  @Override
  public List<CareEntry> entries(Long customerId) {
    return activities.activitiesOf(customerId).stream().map(a -> {
      CareTarget t = activities.targetOf(a.getId(), customerId).orElseThrow();
      return new CareEntry(a.getActivityNumber(), a.getKind(), CareActivities.kindLabel(a.getKind()), a.getTitle(),
          a.getPlannedOn(), a.getStatus(), label(STATUSES, a.getStatus()), a.getOrganizer(), t.getReply(),
          t.getAttended(), t.getGreeted());
    }).toList();
  }

  @Override
  public List<Communication> communications(Long customerId) {
    List<Communication> out = new ArrayList<>();
    for (CareActivity a : activities.activitiesOf(customerId)) {
      CareTarget t = activities.targetOf(a.getId(), customerId).orElseThrow();
      String kind = CareActivities.kindLabel(a.getKind());
      if (Boolean.TRUE.equals(t.getGreeted())) {
        out.add(new Communication(t.getGreetedAt(), "care-greeting", kind, label(CHANNELS, t.getGreetingChannel()),
            kind + "「" + a.getTitle() + "」已发送", a.getExecutedBy(), a.getActivityNumber()));
      }
      if (t.getReply() != null) {
        StringBuilder s = new StringBuilder(kind).append("「").append(a.getTitle()).append("」（")
            .append(a.getPlannedOn()).append("）：").append(label(REPLIES, t.getReply()));
        Instant at = t.getRepliedAt();
        if (t.getAttended() != null) {
          s.append(t.getAttended() ? "，已出席" : "，未出席");
          at = a.getExecutedAt();
        }
        out.add(new Communication(at, "care-activity", "关怀活动", null, s.toString(),
            t.getAttended() != null ? a.getExecutedBy() : t.getRepliedBy(), a.getActivityNumber()));
      }
    }
    for (CareGreeting g : greetings.greetingsOf(customerId)) {
      if (CareGreeting.SENT.equals(g.getStatus())) {
        boolean birthday = CareGreeting.BIRTHDAY.equals(g.getKind());
        out.add(new Communication(g.getSentAt(), "care-greeting", birthday ? "生日祝福" : "节日问候",
            label(CHANNELS, g.getChannel()), birthday ? "联系人生日（" + g.getOccasionOn() + "）祝福已发送"
                : g.getOccasionName() + "问候已发送", g.getSentBy(), null));
      }
    }
    return out;
  }
}
