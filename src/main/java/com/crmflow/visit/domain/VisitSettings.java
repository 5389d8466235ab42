package com.crmflow.visit.domain;

import com.crmflow.platform.process.InvalidFieldException;
import java.time.LocalTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Return visits from configuration ({@code crm.visit.*}): the cycle per grade, when an open visit counts as overdue,
 * the departments that receive improvement tasks and the nightly sweep. Each default is written here only
 * (config/application.yaml explains the keys in comments). A grade set in {@code cycle} or {@code maintenance-focus}
 * replaces only that grade's default; {@code departments}, when set, is the whole list.
 *
 * @param cycle                     SPEC P4.1 / 001 §5(1).1: return-visit cycle per grade (ISO 8601 periods); by
 *                                  default A quarterly, B half-yearly, C and D yearly. A grade change moves the next
 *                                  visit date (VisitScheduler.gradeChanged)
 * @param defaultCycle              the cycle of customers without a grade (or with a grade not in {@code cycle})
 * @param visitTime                 time of day (Beijing) at which a due visit's task appears on its due date
 * @param overdue                   SPEC P4.4 / 003 §3.4: when the owner is warned and crm-dept escalated
 * @param improvementDueWorkingDays improvement tasks from a visit are due this many working days later
 * @param departments               SPEC P4.3: the departments an issue raised in a visit can go to; each one's
 *                                  improvement tasks go to the members of its Camunda group (organization.yaml)
 * @param sweepCron                 nightly start of cycles for ACTIVE customers without one; Spring cron, Beijing
 *                                  time, runs only with {@code crm.scheduling.enabled}
 * @param sweepChunkSize            customers started per query of the sweep (each in its own transaction)
 * @param maintenanceFocus          003 §3.3 / 001 §3(2): maintenance focus per grade, shown on the visit tasks
 */
@ConfigurationProperties("crm.visit")
public record VisitSettings(
    Map<String, Period> cycle,
    @DefaultValue("P1Y") Period defaultCycle,
    @DefaultValue("09:00") LocalTime visitTime,
    @DefaultValue Overdue overdue,
    @DefaultValue("10") int improvementDueWorkingDays,
    List<Department> departments,
    @DefaultValue("0 30 1 * * *") String sweepCron,
    @DefaultValue("200") int sweepChunkSize,
    Map<String, String> maintenanceFocus) {

  static final Map<String, Period> DEFAULT_CYCLE = orderedMap(
      "A", Period.ofMonths(3), "B", Period.ofMonths(6), "C", Period.ofYears(1), "D", Period.ofYears(1));

  static final List<Department> DEFAULT_DEPARTMENTS = List.of(
      new Department("市场部", "dept-market"),
      new Department("技术部", "dept-tech"),
      new Department("客服部", "cs-manager"),
      new Department("财务部", "finance"),
      new Department("法务部", "legal"),
      new Department("项目管理部", "project-lead"));

  static final Map<String, String> DEFAULT_MAINTENANCE_FOCUS = orderedMap(
      "A", "定期与客户高层沟通，参与客户重要决策，提供定制化解决方案，优先满足客户需求",
      "B", "保持密切的业务联系，及时响应客户需求，提供优质的售后服务，适时邀请客户参加公司活动",
      "C", "保持定期沟通，关注客户业务发展，逐步建立信任，寻找提升合作意向的机会",
      "D", "定期保持联系，维护良好关系，根据客户情况调整跟进策略，寻找合作机会");

  public VisitSettings {
    cycle = overDefaults(DEFAULT_CYCLE, cycle);
    departments = departments == null ? DEFAULT_DEPARTMENTS : List.copyOf(departments);
    maintenanceFocus = overDefaults(DEFAULT_MAINTENANCE_FOCUS, maintenanceFocus);
    if (sweepChunkSize < 1) {
      throw new IllegalArgumentException("crm.visit.sweep-chunk-size must be at least 1: " + sweepChunkSize);
    }
  }

  /**
   * 003 §3.4: the owner is warned {@code warnAfter} after the due date (= the visit task's due date), crm-dept gets
   * 督办逾期回访 {@code escalateAfter} after it.
   */
  public record Overdue(@DefaultValue("P7D") Period warnAfter, @DefaultValue("P14D") Period escalateAfter) {}

  /** A department (its Chinese name, as shown and stored) and the candidate group of its improvement tasks. */
  public record Department(String name, String group) {}

  /** The defaults with the configured grades over them (grades compared in upper case). */
  private static <V> Map<String, V> overDefaults(Map<String, V> defaults, Map<String, V> configured) {
    Map<String, V> merged = new LinkedHashMap<>(defaults);
    if (configured != null) {
      configured.forEach((grade, value) -> merged.put(grade.trim().toUpperCase(Locale.ROOT), value));
    }
    return java.util.Collections.unmodifiableMap(merged);
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> orderedMap(Object... gradeAndValue) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < gradeAndValue.length; i += 2) {
      map.put((String) gradeAndValue[i], (V) gradeAndValue[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  public Period cycleFor(String grade) {
    if (grade == null) {
      return defaultCycle;
    }
    return cycle.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(grade.trim())).map(Map.Entry::getValue)
        .findFirst().orElse(defaultCycle);
  }

  public String focusFor(String grade) {
    if (grade == null) {
      return null;
    }
    return maintenanceFocus.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(grade.trim()))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  public Optional<Department> department(String name) {
    return departments.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The candidate group of a department's improvement tasks; an unknown department names the field. */
  public Department requireDepartment(String field, String name) {
    return department(name).orElseThrow(() -> new InvalidFieldException(field, "未知的责任部门：" + name + "（可选："
        + String.join("、", departments.stream().map(Department::name).toList()) + "）"));
  }

  public static String describe(Period p) {
    if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
      return p.getYears() == 1 ? "每年" : "每 " + p.getYears() + " 年";
    }
    if (p.getYears() == 0 && p.getDays() == 0) {
      return switch (p.getMonths()) {
        case 3 -> "每季度";
        case 6 -> "每半年";
        case 1 -> "每月";
        default -> "每 " + p.getMonths() + " 个月";
      };
    }
    return p.toString().toUpperCase(Locale.ROOT);
  }
}
