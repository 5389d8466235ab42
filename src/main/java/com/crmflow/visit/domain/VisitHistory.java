package com.crmflow.visit.domain;

import static com.crmflow.visit.domain.VisitCodes.STATUSES;
import static com.crmflow.visit.domain.VisitCodes.WAYS;
import static com.crmflow.visit.domain.VisitCodes.label;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's return visits as part of its archive ({@link CustomerHistorySource} {@code visits}): each visit
 * cycle with its due date, status and — once made — the day, the way, the satisfaction and who visited; a made visit
 * is a contact in the communication log (kind {@code return-visit}). What the customer said (project progress,
 * changed needs, opinions, a complaint's content) stays in the visit ({@code GET /api/visits/{number}}), which has
 * its own access check.
 */
@Component
public class VisitHistory implements CustomerHistorySource {

  public static final String KIND = "return-visit";

  public record VisitEntry(String visitNumber, String status, String statusLabel, LocalDate dueDate,
      LocalDate visitDate, String way, String wayLabel, Integer satisfaction, String visitedBy,
      boolean complaintRaised) {}

  private final VisitRepository visits;
  private final ZoneId zone;

  public VisitHistory(VisitRepository visits, ZoneId timeZone) {
    this.visits = visits;
    this.zone = timeZone;
  }

  @Override
  public String key() {
    return "visits";
  }

  /** Every cycle except cancelled ones, the latest due date first. */
  @Override
  @Transactional(readOnly = true)
  public List<VisitEntry> entries(Long customerId) {
    return visits.findByCustomerIdOrderByDueDateDescIdDesc(customerId).stream()
        .filter(v -> !Visit.CANCELLED.equals(v.getStatus()))
        .map(v -> new VisitEntry(v.getVisitNumber(), v.getStatus(), label(STATUSES, v.getStatus()), v.getDueDate(),
            v.getVisitDate(), v.getWay(), v.getWay() == null ? null : label(WAYS, v.getWay()), v.getSatisfaction(),
            v.getVisitedBy(), v.isComplaintRaised()))
        .toList();
  }

  /** Each visit made: 定期回访 VIS-…，满意度 4/5（客户提出投诉）. */
  @Override
  @Transactional(readOnly = true)
  public List<Communication> communications(Long customerId) {
    return visits.findByCustomerIdOrderByDueDateDescIdDesc(customerId).stream()
        .filter(v -> Visit.DONE.equals(v.getStatus()) && v.getVisitDate() != null)
        .map(v -> new Communication(Communication.onDay(v.getVisitDate(), v.getDoneAt(), zone), KIND, "回访",
            v.getWay() == null ? null : label(WAYS, v.getWay()),
            "定期回访 " + v.getVisitNumber() + "，满意度 " + v.getSatisfaction() + "/5"
                + (v.isComplaintRaised() ? "，客户提出投诉" : ""),
            v.getVisitedBy(), "/api/visits/" + v.getVisitNumber()))
        .toList();
  }

  /** For the new owner: each cycle with its status, due date and, once made, the day and satisfaction. */
  @Override
  @Transactional(readOnly = true)
  public Optional<HandoverSection> handover(Long customerId) {
    List<String> lines = entries(customerId).stream().map(v -> v.visitNumber() + " · " + v.statusLabel()
        + (v.visitDate() == null ? " · 应回访 " + v.dueDate()
            : " · " + v.visitDate() + " " + v.wayLabel() + " · 满意度 " + v.satisfaction() + "/5"))
        .toList();
    return Optional.of(new HandoverSection(25, "定期回访", "次回访", lines));
  }
}
