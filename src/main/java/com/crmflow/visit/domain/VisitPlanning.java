package com.crmflow.visit.domain;

import static com.crmflow.visit.domain.VisitCodes.STATUSES;
import static com.crmflow.visit.domain.VisitCodes.grade;
import static com.crmflow.visit.domain.VisitCodes.label;
import static com.crmflow.visit.domain.Visits.SYSTEM;
import static com.crmflow.visit.domain.Visits.now;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.NumberGenerator;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访计划 (SPEC P4.1; 001 §5(1).1): when a customer's visit is due (one cycle of the grade), planning the cycle,
 * moving it when the grade changes, opening it on the due date and ending it without a visit.
 */
@Service
@Transactional
public class VisitPlanning {

  private final Visits visits;
  private final VisitRepository repository;
  private final NumberGenerator numbers;
  private final VisitSettings settings;

  public VisitPlanning(Visits visits, VisitRepository repository, NumberGenerator numbers, VisitSettings settings) {
    this.visits = visits;
    this.repository = repository;
    this.numbers = numbers;
    this.settings = settings;
  }

  /**
   * The date a visit is due: one cycle of the grade after {@code from}, but never before today (a cycle that
   * should already have come round is due now).
   */
  public LocalDate dueDate(LocalDate from, String grade) {
    LocalDate due = from.plus(settings.cycleFor(grade));
    LocalDate today = visits.today();
    return due.isBefore(today) ? today : due;
  }

  /** The date the customer's next cycle counts from: the last visit made, else the day the customer was created. */
  public LocalDate cycleStart(Customer c) {
    return visits.lastVisit(c.getId()).map(Visit::getVisitDate)
        .orElseGet(() -> c.getCreatedAt() == null ? visits.today() : visits.dateOf(c.getCreatedAt()));
  }

  /**
   * Plans the customer's next visit cycle: a PLANNED visit with its number and due date, which also becomes the
   * customer's {@code next_visit_date}. The first cycle of a customer keeps a {@code next_visit_date} set before
   * (e.g. after a grade change without a running cycle). Refused for an inactive customer or one that already
   * has an open cycle (the unique constraint on {@code open_customer_id} also stops racing sweeps).
   */
  public Visit plan(Long customerId, Visit previous, String actor) {
    Customer c = visits.customer(customerId);
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      throw new BusinessRuleException("客户「" + c.getName() + "」不是活跃客户（" + c.getStatus() + "），不安排回访");
    }
    visits.openVisit(customerId).ifPresent(open -> {
      throw new BusinessRuleException("客户「" + c.getName() + "」已有进行中的回访 " + open.getVisitNumber());
    });
    LocalDate from = previous != null ? previous.getVisitDate() : cycleStart(c);
    LocalDate due = dueDate(from, c.getGrade());
    if (previous == null && c.getNextVisitDate() != null) {
      due = c.getNextVisitDate().isBefore(visits.today()) ? visits.today() : c.getNextVisitDate();
    }
    Visit v = new Visit();
    v.setVisitNumber(numbers.next("VIS", 6));
    v.setCustomerId(c.getId());
    v.setOpenCustomerId(c.getId());
    v.setPreviousVisitId(previous == null ? null : previous.getId());
    v.setGrade(c.getGrade());
    v.setVisitCycle(settings.cycleFor(c.getGrade()).toString());
    v.setCycleFrom(from);
    v.setDueDate(due);
    v.setStatus(Visit.PLANNED);
    v.setCreatedAt(now());
    v.setCreatedBy(actor == null ? SYSTEM : actor);
    v.setOverdueLevel(0);
    repository.saveAndFlush(v);
    c.setNextVisitDate(due);
    visits.journal(v, "PLANNED", "按" + grade(c.getGrade()) + "回访周期（"
        + VisitSettings.describe(settings.cycleFor(c.getGrade())) + "）自 " + from + " 起计，计划于 " + due + " 回访", actor);
    return v;
  }

  /**
   * A grade change moves the due date of a PLANNED visit to one cycle of the new grade after the cycle's start
   * (not before today). Returns the visit when its date moved (its timer must follow), else empty: no open
   * cycle (then only the customer's next visit date is recomputed), the visit is already DUE (it stays; the next
   * cycle follows the new grade), or the date does not change.
   */
  public Optional<Visit> reschedule(Long customerId, String oldGrade, String newGrade, String actor) {
    Customer c = visits.customer(customerId);
    String change = "客户等级 " + (oldGrade == null ? "未分级" : oldGrade) + " → " + (newGrade == null ? "未分级" : newGrade);
    Optional<Visit> open = visits.openVisit(customerId);
    if (open.isEmpty()) {
      if (Customer.STATUS_ACTIVE.equals(c.getStatus())) {
        c.setNextVisitDate(dueDate(cycleStart(c), newGrade));
      }
      return Optional.empty();
    }
    Visit v = open.get();
    if (!Visit.PLANNED.equals(v.getStatus())) {
      visits.journal(v, "GRADE_CHANGED", change + "；本次回访已到期，下一周期按新等级安排", actor);
      return Optional.empty();
    }
    LocalDate before = v.getDueDate();
    LocalDate after = dueDate(v.getCycleFrom(), newGrade);
    v.setGrade(newGrade);
    v.setVisitCycle(settings.cycleFor(newGrade).toString());
    if (after.equals(before)) {
      visits.journal(v, "GRADE_CHANGED", change + "；回访日期仍为 " + before, actor);
      return Optional.empty();
    }
    v.setDueDate(after);
    c.setNextVisitDate(after);
    visits.journal(v, "RESCHEDULED", change + "（" + VisitSettings.describe(settings.cycleFor(newGrade))
        + "回访），回访日期 " + before + " → " + after, actor);
    return Optional.of(v);
  }

  /**
   * The due date has come: the visit opens for the customer's owner — unless the customer is no longer active,
   * then the cycle ends here (returns false). The owner may have changed since the cycle was planned.
   */
  public boolean open(Long visitId) {
    Visit v = visits.get(visitId);
    if (!Visit.PLANNED.equals(v.getStatus())) {
      throw new BusinessRuleException("回访 " + v.getVisitNumber() + " 的状态为「" + label(STATUSES, v.getStatus())
          + "」，只有「" + label(STATUSES, Visit.PLANNED) + "」的回访可以开启");
    }
    Customer c = visits.customer(v.getCustomerId());
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      cancel(v, "客户已不是活跃客户（" + c.getStatus() + "）", SYSTEM);
      c.setNextVisitDate(null);
      return false;
    }
    v.setStatus(Visit.DUE);
    v.setOpenedAt(now());
    v.setOwner(c.getOwner());
    visits.journal(v, "OPENED", "回访到期，由客户负责人 "
        + (c.getOwner() == null ? "（未指定，客户关系管理部门认领）" : c.getOwner()) + " 回访", SYSTEM);
    return true;
  }

  /** Ends an open cycle without a visit (customer inactive, instance cancelled by an administrator). */
  public void cancel(Long visitId, String reason, String actor) {
    cancel(visits.get(visitId), reason, actor);
  }

  private void cancel(Visit v, String reason, String actor) {
    if (Visit.DONE.equals(v.getStatus()) || Visit.CANCELLED.equals(v.getStatus())) {
      return;
    }
    v.setStatus(Visit.CANCELLED);
    v.setOpenCustomerId(null);
    v.setCancelReason(reason);
    visits.journal(v, "CANCELLED", "回访取消：" + reason, actor);
  }
}
