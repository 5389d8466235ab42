package com.crmflow.customer.api;

import com.crmflow.customer.credit.CreditArchiveView;
import com.crmflow.customer.domain.CommunicationLog;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerContact;
import com.crmflow.customer.domain.CustomerHistorySource;
import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code /api/customers} answers: a customer with its contacts, its history (one part per
 * {@link CustomerHistorySource}), its communication log ({@code communications}, newest first, at most
 * {@link CommunicationLog#LIMIT}; {@code communicationsTotal} counts all) — or a search hit.
 */
@Component
public class CustomerViews {

  public record ContactView(Long id, String name, String phone, String email, String position,
      LocalDate birthday) {}

  public record CustomerView(Long id, String name, String creditCode, String address, String industry, String scale,
      String businessScope, String owner, String status, String grade, String gradeName, String creditRating,
      BigDecimal annualPurchaseAmount, Integer purchaseFrequency, BigDecimal profitContribution,
      Integer cooperationYears, Integer growthPotential, Integer marketInfluence, Instant gradedAt,
      LocalDate nextVisitDate, Instant createdAt, Instant updatedAt, long rowVersion, List<ContactView> contacts,
      Map<String, List<?>> history, List<Communication> communications, int communicationsTotal,
      CreditArchiveView.CreditSummary creditEvaluation) {

    /**
     * The same view with the current credit evaluation (信用评估), which only finance, crm-dept, senior-management
     * and the owner see ({@link CreditArchiveView}); null for everyone else.
     */
    public CustomerView withCreditEvaluation(CreditArchiveView.CreditSummary credit) {
      return new CustomerView(id, name, creditCode, address, industry, scale, businessScope, owner, status, grade,
          gradeName, creditRating, annualPurchaseAmount, purchaseFrequency, profitContribution, cooperationYears,
          growthPotential, marketInfluence, gradedAt, nextVisitDate, createdAt, updatedAt, rowVersion, contacts,
          history, communications, communicationsTotal, credit);
    }
  }

  public record CustomerSummary(Long id, String name, String creditCode, String industry, String scale,
      String owner, String status, String grade, String gradeName, LocalDate nextVisitDate, String url) {}

  private final CustomerDirectory service;
  private final List<CustomerHistorySource> history;
  private final CommunicationLog communications;

  public CustomerViews(CustomerDirectory service, List<CustomerHistorySource> history,
      CommunicationLog communications) {
    this.service = service;
    this.history = history;
    this.communications = communications;
  }

  @Transactional(readOnly = true)
  public CustomerView view(Long id) {
    Customer c = service.get(id);
    Map<String, List<?>> h = new LinkedHashMap<>();
    for (CustomerHistorySource s : history) {
      h.put(s.key(), s.entries(id));
    }
    CommunicationLog.Log log = communications.of(id);
    return new CustomerView(c.getId(), c.getName(), c.getCreditCode(), c.getAddress(), c.getIndustry(), c.getScale(),
        c.getBusinessScope(), c.getOwner(), c.getStatus(), c.getGrade(), gradeName(c.getGrade()), c.getCreditRating(),
        c.getAnnualPurchaseAmount(), c.getPurchaseFrequency(), c.getProfitContribution(), c.getCooperationYears(),
        c.getGrowthPotential(), c.getMarketInfluence(), c.getGradedAt(), c.getNextVisitDate(), c.getCreatedAt(),
        c.getUpdatedAt(), c.getRowVersion(), service.contactsOf(id).stream().map(CustomerViews::contact).toList(), h,
        log.items(), log.total(), null);
  }

  static ContactView contact(CustomerContact x) {
    return new ContactView(x.getId(), x.getName(), x.getPhone(), x.getEmail(), x.getPosition(), x.getBirthday());
  }

  static CustomerSummary summary(Customer c) {
    return new CustomerSummary(c.getId(), c.getName(), c.getCreditCode(), c.getIndustry(), c.getScale(), c.getOwner(),
        c.getStatus(), c.getGrade(), gradeName(c.getGrade()), c.getNextVisitDate(), "/api/customers/" + c.getId());
  }

  static String gradeName(String grade) {
    return grade == null ? null : CustomerFields.GRADES.get(grade);
  }
}
