package com.crmflow.agreement.domain;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.audit.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.unit.DataSize;

/**
 * The plain objects the agreement steps' unit tests build on (no Spring, no engine): mocked repositories, a fixed
 * clock in Beijing time (2026-11-24 10:00) and the journal kept in a list.
 */
class AgreementFixture {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  final AgreementRepository repository = mock(AgreementRepository.class);
  final AgreementEventRepository eventRepository = mock(AgreementEventRepository.class);
  final CustomerDirectory customers = mock(CustomerDirectory.class);
  final Clock clock = Clock.fixed(LocalDateTime.parse("2026-11-24T10:00").atZone(BEIJING).toInstant(), BEIJING);
  final AgreementSettings settings = new AgreementSettings(Period.ofDays(30), LocalTime.of(9, 0));
  final List<AgreementEvent> journal = new ArrayList<>();
  final Agreements agreements = new Agreements(repository, eventRepository, customers, clock);
  final AgreementDocumentRepository documentRepository = mock(AgreementDocumentRepository.class);
  final AgreementDocumentContentRepository contentRepository = mock(AgreementDocumentContentRepository.class);
  final AuditLog audit = mock(AuditLog.class);
  /** The credit evaluation (P3.7) as the agreement sees it: by default nothing holds a signature. */
  final com.crmflow.customer.credit.CreditChecks credit = mock(com.crmflow.customer.credit.CreditChecks.class);
  final AgreementDocuments documents = new AgreementDocuments(agreements, documentRepository, contentRepository,
      new AgreementDocumentSettings(DataSize.ofMegabytes(10)), audit,
      new com.crmflow.platform.crypto.DataProtection(com.crmflow.platform.crypto.Keysets.generate()));

  AgreementFixture() {
    when(eventRepository.save(any())).thenAnswer(i -> {
      journal.add(i.getArgument(0));
      return i.getArgument(0);
    });
    when(repository.saveAndFlush(any())).thenAnswer(i -> {
      Agreement a = i.getArgument(0);
      ReflectionTestUtils.setField(a, "id", 99L);
      return a;
    });
  }

  Customer customer(long id, String status) {
    Customer c = new Customer();
    ReflectionTestUtils.setField(c, "id", id);
    c.setName("星河电子");
    c.setStatus(status);
    c.setOwner("lina");
    when(customers.find(id)).thenReturn(Optional.of(c));
    return c;
  }

  static AgreementInput input(long customerId, String start, String end) {
    return new AgreementInput(customerId, "2027 年度招商合作协议", "甲方：本公司；乙方：星河电子", "甲方提供场地，乙方按期入驻",
        "产业园区招商合作", LocalDate.parse(start), LocalDate.parse(end), "按季度银行转账", "逾期付款按日万分之五支付违约金");
  }

  Agreement agreement(long id, String status, String draftedBy) {
    Agreement a = new Agreement();
    ReflectionTestUtils.setField(a, "id", id);
    a.setAgreementNumber("AGR-2026-" + String.format("%04d", id));
    a.setCustomerId(7L);
    a.setStatus(status);
    a.setTitle("2027 年度招商合作协议");
    a.setStartDate(LocalDate.parse("2027-01-01"));
    a.setEndDate(LocalDate.parse("2027-12-31"));
    a.setDraftedBy(draftedBy);
    a.setProcessInstanceId("pi-" + id);
    when(repository.findById(id)).thenReturn(Optional.of(a));
    return a;
  }
}
