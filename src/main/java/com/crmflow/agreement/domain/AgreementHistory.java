package com.crmflow.agreement.domain;

import com.crmflow.customer.domain.CustomerHistorySource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The customer's cooperation agreements as part of its archive ({@link CustomerHistorySource} {@code agreements}):
 * number, title, status and term of each version, the latest term first — shown in {@code GET /api/customers/{id}}
 * and to a new owner in the handover task.
 */
@Component
public class AgreementHistory implements CustomerHistorySource {

  private final Agreements agreements;

  public AgreementHistory(Agreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public String key() {
    return "agreements";
  }

  @Override
  public List<Agreements.AgreementSummary> entries(Long customerId) {
    return agreements.ofCustomer(customerId);
  }

  /** For the new owner: number, title, status and term of each agreement. */
  @Override
  public Optional<HandoverSection> handover(Long customerId) {
    List<String> lines = agreements.ofCustomer(customerId).stream()
        .map(a -> a.agreementNumber() + ' ' + a.title() + " · "
            + Agreements.STATUSES.getOrDefault(a.status(), a.status()) + " · " + a.startDate() + " 至 " + a.endDate())
        .toList();
    return Optional.of(new HandoverSection(15, "合作协议", "份协议", lines));
  }
}
