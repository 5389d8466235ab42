package com.crmflow.care.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerDirectory.ContactBirthday;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The greetings generated a week ahead (SPEC P8, {@code care-greetings}): a birthday wish (发送生日祝福) to the owner
 * of each ACTIVE customer whose contact has a birthday within {@code crm.care.greeting-days-ahead} days, and a
 * holiday greeting (发送节日问候) to each owner for each holiday period of the working calendar starting within those
 * days, listing the owner's ACTIVE customers. Never twice: a unique key per contact and date, per owner and holiday.
 */
@Service
@Transactional
public class CareGreetings {

  private static final int PAGE = 200;

  private final CareGreetingRepository greetings;
  private final CareGreetingCustomerRepository greetingCustomers;
  private final CustomerDirectory customers;
  private final WorkingCalendar calendar;
  private final CareSettings settings;

  public CareGreetings(CareGreetingRepository greetings, CareGreetingCustomerRepository greetingCustomers,
      CustomerDirectory customers, WorkingCalendar calendar, CareSettings settings) {
    this.greetings = greetings;
    this.greetingCustomers = greetingCustomers;
    this.customers = customers;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The greetings one run generated: birthday wishes and holiday greetings (ids), each a task. */
  public record Generated(List<Long> birthdays, List<Long> holidays) {}

  /** Generates the greetings due on {@code today} (the engine clock's day when null) that do not exist yet. */
  public Generated generate(LocalDate today) {
    LocalDate day = today != null ? today : CareActivities.now().atZone(calendar.zone()).toLocalDate();
    int ahead = settings.greetingDaysAhead();
    List<Long> birthdays = new ArrayList<>();
    for (ContactBirthday b : customers.contactBirthdays()) {
      Optional<LocalDate> due = CareRules.birthdayDue(b.birthday(), day, ahead);
      if (due.isEmpty()) {
        continue;
      }
      Customer c = customers.find(b.customerId()).orElse(null);
      if (c == null || !Customer.STATUS_ACTIVE.equals(c.getStatus()) || c.getOwner() == null) {
        continue;
      }
      create(CareRules.birthdayKey(b.contactId(), due.get()), CareGreeting.BIRTHDAY, c.getOwner(), due.get(), null,
          b.contactId(), List.of(c.getId())).ifPresent(birthdays::add);
    }
    List<Long> holidays = new ArrayList<>();
    List<LocalDate> starts = CareRules.holidaysDue(calendar.holidays(), day, ahead);
    if (!starts.isEmpty()) {
      Map<String, List<Long>> byOwner = activeCustomersByOwner();
      for (LocalDate start : starts) {
        String name = CareRules.holidayName(start, settings.holidayNames());
        byOwner.forEach((owner, ids) -> create(CareRules.holidayKey(owner, start), CareGreeting.HOLIDAY, owner, start,
            name, null, ids).ifPresent(holidays::add));
      }
    }
    return new Generated(birthdays, holidays);
  }

  private Map<String, List<Long>> activeCustomersByOwner() {
    Map<String, List<Long>> byOwner = new TreeMap<>();
    Long after = null;
    while (true) {
      List<Customer> page = customers.activeCustomersAfter(after, PAGE);
      if (page.isEmpty()) {
        return byOwner;
      }
      page.stream().filter(c -> c.getOwner() != null)
          .forEach(c -> byOwner.computeIfAbsent(c.getOwner(), o -> new ArrayList<>()).add(c.getId()));
      after = page.get(page.size() - 1).getId();
    }
  }

  private Optional<Long> create(String key, String kind, String owner, LocalDate on, String name, Long contactId,
      List<Long> customerIds) {
    if (greetings.findByGreetingKey(key).isPresent()) {
      return Optional.empty();
    }
    CareGreeting g = new CareGreeting();
    g.setGreetingKey(key);
    g.setKind(kind);
    g.setOwner(owner);
    g.setOccasionOn(on);
    g.setOccasionName(name);
    g.setContactId(contactId);
    g.setStatus(CareGreeting.OPEN);
    g.setCreatedAt(CareActivities.now());
    Long id = greetings.saveAndFlush(g).getId();
    for (Long customerId : customerIds) {
      CareGreetingCustomer gc = new CareGreetingCustomer();
      gc.setGreetingId(id);
      gc.setCustomerId(customerId);
      greetingCustomers.save(gc);
    }
    greetingCustomers.flush();
    return Optional.of(id);
  }

  public CareGreeting get(Long id) {
    return greetings.findById(id).orElseThrow(() -> new BusinessRuleException("问候任务不存在：" + id));
  }

  /** Binds the generated greetings to the instance that generated them. */
  public void attachProcess(List<Long> ids, String processInstanceId) {
    ids.forEach(id -> {
      CareGreeting g = get(id);
      if (g.getProcessInstanceId() != null && !g.getProcessInstanceId().equals(processInstanceId)) {
        throw new BusinessRuleException("问候任务 " + id + " 已由另一个流程实例办理");
      }
      g.setProcessInstanceId(processInstanceId);
    });
  }

  /** The greeting a task works on, checked against the task's process instance. */
  public CareGreeting boundTo(Long id, String processInstanceId) {
    if (id == null) {
      throw new BusinessRuleException("流程缺少问候任务编号（greetingId）");
    }
    CareGreeting g = get(id);
    if (g.getProcessInstanceId() == null || !g.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("问候任务 " + id + " 属于另一个流程实例，本流程实例不能修改它");
    }
    return g;
  }

  /** The greetings of this kind the instance generated (the collection of its greeting tasks). */
  @Transactional(readOnly = true)
  public List<Long> idsOf(String processInstanceId, String kind) {
    return greetings.findByProcessInstanceIdAndKindOrderById(processInstanceId, kind).stream()
        .map(CareGreeting::getId).toList();
  }

  @Transactional(readOnly = true)
  public List<Long> customerIds(Long greetingId) {
    return greetingCustomers.findByGreetingIdOrderById(greetingId).stream().map(CareGreetingCustomer::getCustomerId)
        .toList();
  }

  /** The owner sent the greeting (发送生日祝福 / 发送节日问候). */
  public void markSent(Long id, String channel, String note, String actor) {
    CareGreeting g = get(id);
    if (!CareGreeting.OPEN.equals(g.getStatus())) {
      throw new BusinessRuleException("问候任务已办理");
    }
    if (channel == null || !CareCodes.CHANNELS.containsKey(channel)) {
      throw new InvalidFieldException("channel", "不是问候方式：" + channel);
    }
    if (note != null && note.length() > 1000) {
      throw new InvalidFieldException("note", "最多 1000 个字符");
    }
    g.setChannel(channel);
    g.setNote(CareActivities.blankToNull(note));
    g.setSentBy(actor);
    g.setSentAt(CareActivities.now());
    g.setStatus(CareGreeting.SENT);
  }

  /** The instance ended with greetings still open (cancelled in Cockpit): they are cancelled. */
  public void cancelOpenOf(String processInstanceId, List<Long> ids) {
    for (Long id : ids) {
      CareGreeting g = get(id);
      if (processInstanceId.equals(g.getProcessInstanceId()) && CareGreeting.OPEN.equals(g.getStatus())) {
        g.setStatus(CareGreeting.CANCELLED);
      }
    }
  }

  /** The greetings a customer received or is to receive, newest first. */
  @Transactional(readOnly = true)
  public List<CareGreeting> greetingsOf(Long customerId) {
    List<Long> ids = greetingCustomers.findByCustomerIdOrderByIdDesc(customerId).stream()
        .map(CareGreetingCustomer::getGreetingId).toList();
    return ids.isEmpty() ? List.of() : greetings.findByIdInOrderByIdDesc(ids);
  }

  /** The working day on or before the occasion: when the greeting task is due. */
  public Instant dueAt(CareGreeting g) {
    LocalDate d = g.getOccasionOn();
    LocalDate today = CareActivities.now().atZone(calendar.zone()).toLocalDate();
    while (!calendar.isWorkingDay(d) && d.isAfter(today)) {
      d = d.minusDays(1);
    }
    return d.atTime(18, 0).atZone(calendar.zone()).toInstant();
  }

  public String contactName(CareGreeting g) {
    if (g.getContactId() == null) {
      return null;
    }
    List<Long> ids = customerIds(g.getId());
    return ids.isEmpty() ? null : customers.contact(ids.get(0), g.getContactId()).map(c -> c.getName()).orElse(null);
  }

  public Customer customer(Long id) {
    return customers.get(id);
  }
}
