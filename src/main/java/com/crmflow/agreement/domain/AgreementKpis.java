package com.crmflow.agreement.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agreements in force whose term ends soon, for the managers' figures (Cockpit plugin), soonest first. */
@Service
public class AgreementKpis {

  public static final int MAX_DAYS = 366;

  private final AgreementRepository agreements;
  private final CustomerDirectory customers;
  private final WorkingCalendar calendar;

  public AgreementKpis(AgreementRepository agreements, CustomerDirectory customers, WorkingCalendar calendar) {
    this.agreements = agreements;
    this.customers = customers;
    this.calendar = calendar;
  }

  public record ExpiringAgreement(String agreementNumber, String title, Long customerId, String customerName,
      String owner, LocalDate endDate, long daysLeft) {}

  public record Expiring(LocalDate today, int days, long total, List<ExpiringAgreement> agreements) {}

  /**
   * @param days the window: agreements in force ending from today to today + days
   * @param owners the customers' owners whose agreements count; empty = all
   */
  @Transactional(readOnly = true)
  public Expiring expiring(int days, Optional<? extends Collection<String>> owners) {
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidFieldException("days", "天数必须在 1 到 " + MAX_DAYS + " 之间：" + days);
    }
    LocalDate today = calendar.today();
    List<ExpiringAgreement> list = agreements
        .findByStatusAndEndDateBetweenOrderByEndDateAscIdAsc(Agreement.IN_FORCE, today, today.plusDays(days))
        .stream().map(a -> {
          Optional<Customer> c = customers.find(a.getCustomerId());
          return new ExpiringAgreement(a.getAgreementNumber(), a.getTitle(), a.getCustomerId(),
              c.map(Customer::getName).orElse(null), c.map(Customer::getOwner).orElse(null), a.getEndDate(),
              ChronoUnit.DAYS.between(today, a.getEndDate()));
        })
        .filter(a -> owners.isEmpty() || a.owner() != null && owners.get().contains(a.owner())).toList();
    return new Expiring(today, days, list.size(), list);
  }
}
