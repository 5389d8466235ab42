package com.crmflow.complaint.domain;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * In-memory stand-ins for the complaint tables (Mockito mocks of the repositories backed by maps), a fixed clock in
 * Beijing time and a working calendar, for the step classes' unit tests: no Spring context, no engine.
 */
final class ComplaintFakes {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** Tuesday 2026-11-24 10:00 in Beijing. */
  static final Instant NOW = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, BEIJING).toInstant();

  final AtomicLong ids = new AtomicLong(100);
  final Map<Long, Complaint> stored = new HashMap<>();
  final List<ComplaintEvent> journal = new ArrayList<>();
  final List<ComplaintAttachment> files = new ArrayList<>();
  final List<ComplaintDeadline> deadlines = new ArrayList<>();
  final List<ComplaintAction> actions = new ArrayList<>();

  final ComplaintRepository complaintRepository = mock(ComplaintRepository.class);
  final ComplaintEventRepository eventRepository = mock(ComplaintEventRepository.class);
  final ComplaintAttachmentRepository attachmentRepository = mock(ComplaintAttachmentRepository.class);
  final ComplaintDeadlineRepository deadlineRepository = mock(ComplaintDeadlineRepository.class);
  final ComplaintActionRepository actionRepository = mock(ComplaintActionRepository.class);
  final CustomerDirectory customers = mock(CustomerDirectory.class);
  final WorkingCalendar calendar = new WorkingCalendar(BEIJING,
      Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5)), Set.of());
  final Clock clock = Clock.fixed(NOW, BEIJING);
  final Complaints complaints;

  ComplaintFakes() {
    when(complaintRepository.findById(anyLong())).thenAnswer(i -> Optional.ofNullable(stored.get(i.getArgument(0))));
    when(complaintRepository.save(any())).thenAnswer(i -> {
      Complaint c = i.getArgument(0);
      if (c.getId() == null) {
        ReflectionTestUtils.setField(c, "id", ids.incrementAndGet());
      }
      stored.put(c.getId(), c);
      return c;
    });
    when(eventRepository.save(any())).thenAnswer(i -> {
      journal.add(i.getArgument(0));
      return i.getArgument(0);
    });
    when(eventRepository.findByComplaintIdOrderById(anyLong())).thenAnswer(i -> journal.stream()
        .filter(e -> e.getComplaintId().equals(i.getArgument(0))).toList());
    when(attachmentRepository.save(any())).thenAnswer(i -> {
      files.add(i.getArgument(0));
      return i.getArgument(0);
    });
    when(deadlineRepository.save(any())).thenAnswer(i -> {
      ComplaintDeadline d = i.getArgument(0);
      if (d.getId() == null) {
        ReflectionTestUtils.setField(d, "id", ids.incrementAndGet());
        deadlines.add(d);
      }
      return d;
    });
    when(deadlineRepository.findById(anyLong())).thenAnswer(i -> deadlines.stream()
        .filter(d -> d.getId().equals(i.getArgument(0))).findFirst());
    when(deadlineRepository.findFirstByComplaintIdAndKindOrderByRoundNoDesc(anyLong(), anyString()))
        .thenAnswer(i -> deadlines.stream().filter(d -> d.getComplaintId().equals(i.getArgument(0))
            && d.getKind().equals(i.getArgument(1))).reduce((a, b) -> b.getRoundNo() > a.getRoundNo() ? b : a));
    when(deadlineRepository.findByComplaintIdOrderById(anyLong())).thenAnswer(i -> deadlines.stream()
        .filter(d -> d.getComplaintId().equals(i.getArgument(0))).toList());
    when(actionRepository.save(any())).thenAnswer(i -> {
      actions.add(i.getArgument(0));
      return i.getArgument(0);
    });
    when(actionRepository.findByComplaintIdOrderById(anyLong())).thenAnswer(i -> actions.stream()
        .filter(a -> a.getComplaintId().equals(i.getArgument(0))).toList());
    complaints = new Complaints(complaintRepository, eventRepository, attachmentRepository, calendar, clock);
  }

  /** The configured defaults: 24 h (high 2 h) initial response, 48 h feedback, warning at 75 %. */
  static ComplaintSettings defaults() {
    return new ComplaintSettings(null, null, 0.75, 1.0, "P30D");
  }

  ComplaintTimeLimits timeLimits(ComplaintSettings settings) {
    return new ComplaintTimeLimits(deadlineRepository, complaints, settings, calendar, customers);
  }

  /** A stored complaint of customer 1 in this status, bound to process instance "pi-1". */
  Complaint complaint(String status) {
    Complaint c = new Complaint();
    c.setComplaintNumber("CMP-2026-" + String.format("%06d", ids.get() + 1));
    c.setCustomerId(1L);
    c.setChannel("hotline");
    c.setContent("设备报警");
    c.setCategory("service-attitude");
    c.setSeverity("medium");
    c.setContactPreference("phone");
    c.setStatus(status);
    c.setReceivedAt(NOW);
    c.setCreatedBy("huangfang");
    c.setEscalationLevel(0);
    c.setReopenCount(0);
    c.setProcessInstanceId("pi-1");
    return complaintRepository.save(c);
  }

  Customer customer(long id, String name) {
    Customer c = new Customer();
    ReflectionTestUtils.setField(c, "id", id);
    c.setName(name);
    when(customers.find(id)).thenReturn(Optional.of(c));
    return c;
  }

  List<String> kinds() {
    return journal.stream().map(ComplaintEvent::getKind).toList();
  }

  ComplaintEvent lastEvent() {
    return journal.get(journal.size() - 1);
  }
}
