package com.crmflow.development.domain;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.time.Instant;
import java.time.LocalDate;
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

  private final LeadRepository leads;
  private final LeadFollowUpRepository followUps;

  public LeadHistory(LeadRepository leads, LeadFollowUpRepository followUps) {
    this.leads = leads;
    this.followUps = followUps;
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
}
