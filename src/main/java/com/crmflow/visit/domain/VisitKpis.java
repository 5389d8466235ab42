package com.crmflow.visit.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue return visits for the managers' figures (Cockpit plugin): visits not done whose due date has passed
 * (today in the working calendar's zone, engine clock), per owner and listed, longest overdue first.
 */
@Service
public class VisitKpis {

  /** At most this many visits are listed (the counts cover all). */
  public static final int MAX_LISTED = 50;

  private final VisitRepository visits;
  private final CustomerDirectory customers;
  private final WorkingCalendar calendar;

  public VisitKpis(VisitRepository visits, CustomerDirectory customers, WorkingCalendar calendar) {
    this.visits = visits;
    this.customers = customers;
    this.calendar = calendar;
  }

  /** {@code level}: 0 not yet warned, 1 owner reminded, 2 escalated to crm-dept. */
  public record OverdueVisit(String visitNumber, Long customerId, String customerName, String owner,
      LocalDate dueDate, long daysOverdue, int level) {}

  public record Overdue(LocalDate today, long total, Map<String, Long> byOwner, List<OverdueVisit> visits) {}

  /** @param owners the owners whose visits count; empty = all */
  @Transactional(readOnly = true)
  public Overdue overdue(Optional<? extends Collection<String>> owners) {
    LocalDate today = calendar.today();
    List<Visit> overdue = visits.overdueOn(today).stream()
        .filter(v -> owners.isEmpty() || v.getOwner() != null && owners.get().contains(v.getOwner())).toList();
    Map<String, Long> byOwner = new TreeMap<>();
    overdue.forEach(v -> byOwner.merge(v.getOwner() == null ? "" : v.getOwner(), 1L, Long::sum));
    List<OverdueVisit> listed = overdue.stream().limit(MAX_LISTED).map(v -> new OverdueVisit(v.getVisitNumber(),
        v.getCustomerId(), customers.find(v.getCustomerId()).map(Customer::getName).orElse(null), v.getOwner(),
        v.getDueDate(), ChronoUnit.DAYS.between(v.getDueDate(), today), v.getOverdueLevel())).toList();
    return new Overdue(today, overdue.size(), byOwner, listed);
  }
}
