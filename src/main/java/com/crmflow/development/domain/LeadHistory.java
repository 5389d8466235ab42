package com.crmflow.development.domain;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the customer was developed, as part of its archive ({@link CustomerHistorySource} {@code leads}): each lead
 * with its channel, status, intention and owner, and its follow-ups (way, date, who) newest first — the contacts of
 * the development phase in the customer's communication history. What was said stays in the lead
 * ({@code GET /api/leads/{number}}), which has its own access check.
 */
@Component
public class LeadHistory implements CustomerHistorySource {

  public record FollowUpEntry(String way, String wayLabel, LocalDate contactedOn, String recordedBy) {}

  public record LeadEntry(String leadNumber, String channel, String channelLabel, String status, String statusLabel,
      String intention, String owner, Instant capturedAt, Instant lastContactAt, List<FollowUpEntry> followUps) {}

  public static final String LEAD_VISIT = "lead-visit";
  public static final String FOLLOW_UP = "follow-up";

  private final LeadRepository leads;
  private final LeadFollowUpRepository followUps;
  private final LeadVisitRepository visits;
  private final ZoneId zone;

  public LeadHistory(LeadRepository leads, LeadFollowUpRepository followUps, LeadVisitRepository visits,
      ZoneId timeZone) {
    this.leads = leads;
    this.followUps = followUps;
    this.visits = visits;
    this.zone = timeZone;
  }

  @Override
  public String key() {
    return "leads";
  }

  @Override
  @Transactional(readOnly = true)
  public List<LeadEntry> entries(Long customerId) {
    return leads.findByCustomerIdOrderByIdDesc(customerId).stream().map(l -> new LeadEntry(l.getLeadNumber(),
        l.getChannel(), LeadCodes.CHANNELS.getOrDefault(l.getChannel(), l.getChannel()), l.getStatus(),
        LeadCodes.STATUSES.getOrDefault(l.getStatus(), l.getStatus()), l.getIntention(), l.getOwner(),
        l.getCapturedAt(), l.getLastContactAt(), followUps.findByLeadIdOrderById(l.getId()).stream()
            .sorted(Comparator.comparing(LeadFollowUp::getId).reversed())
            .map(f -> new FollowUpEntry(f.getWay(), LeadCodes.WAYS.getOrDefault(f.getWay(), f.getWay()),
                f.getContactedOn(), f.getRecordedBy()))
            .toList()))
        .toList();
  }

  /**
   * The contacts of the development phase: each visit made (kind {@code lead-visit}, with the intention it showed)
   * and each follow-up (kind {@code follow-up}, with its way). What was said stays in the lead.
   */
  @Override
  @Transactional(readOnly = true)
  public List<Communication> communications(Long customerId) {
    List<Communication> contacts = new ArrayList<>();
    for (Lead l : leads.findByCustomerIdOrderByIdDesc(customerId)) {
      List<Communication> ofLead = new ArrayList<>();
      String reference = "/api/leads/" + l.getLeadNumber();
      for (LeadVisit v : visits.findByLeadIdOrderById(l.getId())) {
        if (LeadVisit.DONE.equals(v.getStatus()) && v.getVisitedOn() != null) {
          ofLead.add(new Communication(Communication.onDay(v.getVisitedOn(), v.getRecordedAt(), zone), LEAD_VISIT,
              "拜访", LeadCodes.WAYS.get(LeadCodes.VISIT), "客户开发拜访（线索 " + l.getLeadNumber() + "）"
                  + (v.getIntention() == null ? "" : "，" + LeadCodes.label(LeadCodes.INTENTIONS, v.getIntention())),
              v.getRecordedBy(), reference));
        }
      }
      for (LeadFollowUp f : followUps.findByLeadIdOrderById(l.getId())) {
        ofLead.add(new Communication(Communication.onDay(f.getContactedOn(), f.getRecordedAt(), zone), FOLLOW_UP,
            "跟进", LeadCodes.label(LeadCodes.WAYS, f.getWay()), "客户开发跟进（线索 " + l.getLeadNumber() + "）",
            f.getRecordedBy(), reference));
      }
      // newest first, as the log lists them; at the same time the later step first (visits come before follow-ups)
      Collections.reverse(ofLead);
      ofLead.sort(Comparator.comparing(Communication::at).reversed());
      contacts.addAll(ofLead);
    }
    return contacts;
  }
}
