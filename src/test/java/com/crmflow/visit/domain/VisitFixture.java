package com.crmflow.visit.domain;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The plain objects the visit steps' unit tests build on (no Spring, no engine): mocked repositories, a real
 * working calendar (Beijing, no holidays), the engine clock set to a fixed time and the journal kept in a list.
 */
class VisitFixture {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  final VisitRepository visitRepository = mock(VisitRepository.class);
  final VisitEventRepository eventRepository = mock(VisitEventRepository.class);
  final VisitImprovementRepository improvementRepository = mock(VisitImprovementRepository.class);
  final CustomerDirectory customers = mock(CustomerDirectory.class);
  final WorkingCalendar calendar = new WorkingCalendar(BEIJING, Set.of(), Set.of());
  final VisitSettings settings = settings(Map.of("crm.visit.departments[0].name", "技术部",
      "crm.visit.departments[0].group", "dept-tech", "crm.visit.departments[1].name", "财务部",
      "crm.visit.departments[1].group", "finance"));
  final List<VisitEvent> journal = new ArrayList<>();
  final Visits visits = new Visits(visitRepository, eventRepository, customers, calendar);

  VisitFixture() {
    when(eventRepository.save(any())).thenAnswer(i -> {
      journal.add(i.getArgument(0));
      return i.getArgument(0);
    });
  }

  /** crm.visit.* bound as the application binds it: the defaults with the given properties over them. */
  static VisitSettings settings(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("crm.visit", VisitSettings.class);
  }

  /** The engine clock (Beijing time); reset with {@link ClockUtil#reset()} after each test. */
  static void at(String beijing) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijing).atZone(BEIJING).toInstant()));
  }

  Customer customer(long id, String grade, String status) {
    Customer c = new Customer();
    ReflectionTestUtils.setField(c, "id", id);
    c.setName("星河电子");
    c.setGrade(grade);
    c.setStatus(status);
    c.setOwner("lina");
    c.setCreatedAt(LocalDateTime.parse("2026-01-10T10:00").atZone(BEIJING).toInstant());
    when(customers.find(id)).thenReturn(Optional.of(c));
    return c;
  }

  Visit visit(long id, long customerId, String status, LocalDate cycleFrom, LocalDate due) {
    Visit v = new Visit();
    ReflectionTestUtils.setField(v, "id", id);
    v.setVisitNumber("VIS" + String.format("%06d", id));
    v.setCustomerId(customerId);
    v.setStatus(status);
    v.setCycleFrom(cycleFrom);
    v.setDueDate(due);
    v.setOverdueLevel(0);
    if (Visit.PLANNED.equals(status) || Visit.DUE.equals(status)) {
      v.setOpenCustomerId(customerId);
      when(visitRepository.findByOpenCustomerId(customerId)).thenReturn(Optional.of(v));
    }
    when(visitRepository.findById(id)).thenReturn(Optional.of(v));
    return v;
  }

  List<String> kinds() {
    return journal.stream().map(VisitEvent::getKind).toList();
  }

  String lastNote() {
    return journal.get(journal.size() - 1).getNote();
  }
}
