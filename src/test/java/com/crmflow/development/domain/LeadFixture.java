package com.crmflow.development.domain;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.CustomerDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.test.util.ReflectionTestUtils;

/** The plain objects the development steps' unit tests build on: mocked repositories, a fixed Beijing clock. */
class LeadFixture {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = LocalDateTime.parse("2026-12-01T10:00").atZone(BEIJING).toInstant();

  final LeadRepository leadRepository = mock(LeadRepository.class);
  final LeadVisitRepository visitRepository = mock(LeadVisitRepository.class);
  final LeadFollowUpRepository followUpRepository = mock(LeadFollowUpRepository.class);
  final CustomerDirectory customers = mock(CustomerDirectory.class);
  final Clock clock = Clock.fixed(NOW, BEIJING);
  final Leads leads = new Leads(leadRepository, visitRepository, followUpRepository, customers, clock);
  final DevelopmentSettings settings = new DevelopmentSettings(Duration.ofDays(30));
  final List<LeadVisit> visits = new ArrayList<>();
  final List<LeadFollowUp> followUps = new ArrayList<>();

  LeadFixture() {
    when(leadRepository.save(any())).thenAnswer(i -> i.getArgument(0));
    when(visitRepository.save(any())).thenAnswer(i -> {
      LeadVisit v = i.getArgument(0);
      visits.add(v);
      when(visitRepository.findFirstByLeadIdOrderByIdDesc(v.getLeadId())).thenReturn(Optional.of(v));
      return v;
    });
    when(followUpRepository.save(any())).thenAnswer(i -> {
      followUps.add(i.getArgument(0));
      return i.getArgument(0);
    });
  }

  Lead lead(long id, String status) {
    Lead l = new Lead();
    ReflectionTestUtils.setField(l, "id", id);
    l.setLeadNumber("LEAD-2026-" + String.format("%06d", id));
    l.setCustomerId(70L);
    l.setOwner("xiexin");
    l.setStatus(status);
    l.setLastContactAt(NOW.minus(Duration.ofDays(3)));
    l.setProcessInstanceId("pi-" + id);
    when(leadRepository.findById(id)).thenReturn(Optional.of(l));
    return l;
  }
}
