package com.crmflow.platform.calendar;

import static com.crmflow.platform.calendar.WorkingCalendarStore.HOLIDAY;
import static com.crmflow.platform.calendar.WorkingCalendarStore.WORKDAY;

import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.text.SafeText;
import com.crmflow.platform.process.NotFoundException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators' changes of the working calendar: a whole year imported, one day added, changed or removed.
 * Every input is validated before anything is written (400 naming the field); the change, its audit entry and
 * the recomputation of every waiting deadline and timer ({@link WorkingCalendarChanged}) commit or roll back
 * together. The shared {@link WorkingCalendar} holds the new days from the change on; a rollback reloads it.
 */
@Service
public class WorkingCalendarAdmin {

  public static final String AUDIT_ENTITY = "WorkingCalendar";
  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEARS_AHEAD = 5;
  public static final int MAX_NAME = 50;

  /** One day as an administrator enters it. */
  public record DayInput(LocalDate date, String kind, String name) {}

  public record YearView(int year, boolean covered, String source, List<WorkingCalendarStore.Day> days) {}

  public record ChangeResult(YearView year, List<String> recomputed) {}

  private final WorkingCalendarStore store;
  private final WorkingCalendar calendar;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public WorkingCalendarAdmin(WorkingCalendarStore store, WorkingCalendar calendar, AuditLog audit,
      ApplicationEventPublisher events, Clock clock) {
    this.clock = clock;
    this.store = store;
    this.calendar = calendar;
    this.audit = audit;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public YearView year(int year) {
    requireYear("year", year, thisYear());
    return view(year);
  }

  private YearView view(int year) {
    return new YearView(year, store.yearExists(year), store.yearSource(year), store.days(year));
  }

  /** Replaces the whole year with the given days and marks it covered. */
  @Transactional
  public ChangeResult importYear(int year, List<DayInput> days) {
    requireYear("year", year, thisYear());
    if (days == null || days.isEmpty()) {
      throw new InvalidFieldException("days", "不能为空：请录入该年度全部法定节假日及调休上班日");
    }
    if (days.size() > 366) {
      throw new InvalidFieldException("days", "最多 366 天");
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      DayInput d = days.get(i);
      String field = "days[" + i + "]";
      if (d == null) {
        throw new InvalidFieldException(field, "不能为空");
      }
      validate(field + ".", d.date(), d.kind(), d.name(), thisYear());
      if (d.date().getYear() != year) {
        throw new InvalidFieldException(field + ".date", d.date() + " 不属于 " + year + " 年");
      }
      if (!seen.add(d.date())) {
        throw new InvalidFieldException(field + ".date", d.date() + " 重复出现");
      }
    }
    String actor = audit.currentActor();
    Instant now = clock.instant();
    WorkingCalendar before = begin();
    List<WorkingCalendarStore.Day> old = store.days(year);
    boolean existed = store.yearExists(year);
    store.upsertYear(year, actor, now);
    store.deleteDaysOf(year);
    for (DayInput d : days) {
      store.insert(d.date(), d.kind(), trimToNull(d.name()), actor, now);
    }
    List<String> moved = changed(before);
    long holidays = days.stream().filter(d -> HOLIDAY.equals(d.kind())).count();
    audit.record(actor, AuditLog.IMPORT, AUDIT_ENTITY, year, "导入 " + year + " 年工作日历：节假日 " + holidays
        + " 天，调休上班 " + (days.size() - holidays) + " 天" + (existed ? "（替换原有 " + old.size() + " 天）" : "")
        + "；重新计算等待中的期限 " + moved.size() + " 项");
    return new ChangeResult(view(year), moved);
  }

  /** Adds or changes one day of a covered year. */
  @Transactional
  public ChangeResult putDay(LocalDate date, DayInput in) {
    if (in == null) {
      throw new InvalidFieldException("kind", "不能为空");
    }
    validate("", date, in.kind(), in.name(), thisYear());
    if (!store.yearExists(date.getYear())) {
      throw new InvalidFieldException("date", date.getYear() + " 年的工作日历尚未导入：请先导入全年（PUT /api/admin/calendar/years/"
          + date.getYear() + "）");
    }
    String actor = audit.currentActor();
    WorkingCalendar before = begin();
    WorkingCalendarStore.Day old = store.day(date);
    String name = trimToNull(in.name());
    if (old != null && old.kind().equals(in.kind()) && Objects.equals(old.name(), name)) {
      return new ChangeResult(view(date.getYear()), List.of());
    }
    if (old == null) {
      store.insert(date, in.kind(), name, actor, clock.instant());
    } else {
      store.updateDay(date, in.kind(), name, actor, clock.instant());
    }
    List<String> moved = changed(before);
    audit.record(actor, old == null ? AuditLog.CREATE : AuditLog.UPDATE, AUDIT_ENTITY, date,
        (old == null ? "新增 " : "修改 " + old.kind() + describe(old.name()) + " → ") + in.kind() + describe(name)
            + " " + date + "；重新计算等待中的期限 " + moved.size() + " 项");
    return new ChangeResult(view(date.getYear()), moved);
  }

  /** Removes one day: it is an ordinary weekday or weekend day again. */
  @Transactional
  public ChangeResult removeDay(LocalDate date) {
    WorkingCalendar before = begin();
    WorkingCalendarStore.Day old = store.day(date);
    if (old == null) {
      throw new NotFoundException("工作日历中没有 " + date);
    }
    String actor = audit.currentActor();
    store.deleteDay(date);
    List<String> moved = changed(before);
    audit.record(actor, "DELETE", AUDIT_ENTITY, date, "删除 " + old.kind() + describe(old.name()) + " " + date
        + "；重新计算等待中的期限 " + moved.size() + " 项");
    return new ChangeResult(view(date.getYear()), moved);
  }

  // ------------------------------------------------------------------------------------------------------------

  static void validate(String prefix, LocalDate date, String kind, String name, int thisYear) {
    if (date == null) {
      throw new InvalidFieldException(prefix + "date", "不能为空");
    }
    requireYear(prefix + "date", date.getYear(), thisYear);
    if (kind == null || !(HOLIDAY.equals(kind) || WORKDAY.equals(kind))) {
      throw new InvalidFieldException(prefix + "kind", "必须是 HOLIDAY（节假日）或 WORKDAY（调休上班日）");
    }
    DayOfWeek dow = date.getDayOfWeek();
    if (WORKDAY.equals(kind) && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
      throw new InvalidFieldException(prefix + "kind", date + " 本来就是工作日：调休上班日只能是周六或周日");
    }
    if (name != null) {
      if (name.strip().length() > MAX_NAME) {
        throw new InvalidFieldException(prefix + "name", "最多 " + MAX_NAME + " 个字符");
      }
      String bad = SafeText.problem(name);
      if (bad != null) {
        throw new InvalidFieldException(prefix + "name", bad);
      }
      // a holiday's name is one line of visible text (it is shown in due-date explanations)
      if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED)) {
        throw new InvalidFieldException(prefix + "name", "含有不允许的字符（控制字符或未分配的码位）");
      }
    }
  }

  /** The current year in the working calendar's time zone (the injected clock). */
  int thisYear() {
    return LocalDate.now(clock).getYear();
  }

  /** A year the calendar may hold: from MIN_YEAR to MAX_YEARS_AHEAD after {@code thisYear}. */
  static void requireYear(String field, int year, int thisYear) {
    int max = thisYear + MAX_YEARS_AHEAD;
    if (year < MIN_YEAR || year > max) {
      throw new InvalidFieldException(field, "年份必须在 " + MIN_YEAR + " 到 " + max + " 之间");
    }
  }

  /** Serialises changes and remembers the calendar before them; a rollback reloads the committed calendar. */
  private WorkingCalendar begin() {
    store.lock();
    WorkingCalendar before = calendar.copy();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            store.reloadCommitted();
          }
        }
      });
    }
    return before;
  }

  /** The new days into the shared calendar, then every waiting deadline recomputed in this transaction. */
  private List<String> changed(WorkingCalendar before) {
    store.reload();
    WorkingCalendarChanged event = new WorkingCalendarChanged(before, calendar);
    events.publishEvent(event);
    return event.movedItems();
  }

  private static String describe(String name) {
    return name == null ? "" : "（" + name + "）";
  }

  private static String trimToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
