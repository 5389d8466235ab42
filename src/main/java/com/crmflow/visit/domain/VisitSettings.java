package com.crmflow.visit.domain;

import com.crmflow.platform.process.InvalidFieldException;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Return visits from configuration ({@code crm.visit.*}, see config/application.yaml): the cycle per grade, when
 * an open visit counts as overdue, the departments that receive improvement tasks and the nightly sweep.
 */
@Component("visitSettings")
@ConfigurationProperties(prefix = "crm.visit")
public class VisitSettings {

  /** SPEC P4.1 / 001 §5(1).1: A quarterly, B half-yearly, C yearly; D yearly by default. ISO 8601 periods. */
  private Map<String, Period> cycle = new LinkedHashMap<>(Map.of(
      "A", Period.ofMonths(3), "B", Period.ofMonths(6), "C", Period.ofYears(1), "D", Period.ofYears(1)));
  /** Customers without a grade. */
  private Period defaultCycle = Period.ofYears(1);
  /** Time of day (Beijing) at which a due visit's task appears. */
  private String visitTime = "09:00";
  private Overdue overdue = new Overdue();
  /** Improvement tasks are due this many working days after the visit. */
  private int improvementDueWorkingDays = 10;
  /** The departments an issue can be assigned to; each one's improvement tasks go to its Camunda group. */
  private List<Department> departments = new ArrayList<>();
  /** Nightly start of cycles for ACTIVE customers without one (needs crm.scheduling.enabled); Spring cron. */
  private String sweepCron = "0 30 1 * * *";
  /** Customers started per query of the sweep (each customer in its own transaction). */
  private int sweepChunkSize = 200;
  /** Maintenance focus per grade (003 §3.3), shown on the visit tasks. */
  private Map<String, String> maintenanceFocus = new LinkedHashMap<>();

  /** 003 §3.4: the owner is warned this long after the due date, crm-dept escalated after the second period. */
  public static class Overdue {
    private Period warnAfter = Period.ofDays(7);
    private Period escalateAfter = Period.ofDays(14);

    public Period getWarnAfter() {
      return warnAfter;
    }

    public void setWarnAfter(Period warnAfter) {
      this.warnAfter = warnAfter;
    }

    public Period getEscalateAfter() {
      return escalateAfter;
    }

    public void setEscalateAfter(Period escalateAfter) {
      this.escalateAfter = escalateAfter;
    }
  }

  /** A department (its Chinese name, as shown and stored) and the candidate group of its improvement tasks. */
  public record Department(String name, String group) {}

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

  public LocalTime visitTimeOfDay() {
    return LocalTime.parse(visitTime);
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

  public Map<String, Period> getCycle() {
    return cycle;
  }

  public void setCycle(Map<String, Period> cycle) {
    this.cycle = cycle;
  }

  public Period getDefaultCycle() {
    return defaultCycle;
  }

  public void setDefaultCycle(Period defaultCycle) {
    this.defaultCycle = defaultCycle;
  }

  public String getVisitTime() {
    return visitTime;
  }

  public void setVisitTime(String visitTime) {
    this.visitTime = visitTime;
  }

  public Overdue getOverdue() {
    return overdue;
  }

  public void setOverdue(Overdue overdue) {
    this.overdue = overdue;
  }

  public int getImprovementDueWorkingDays() {
    return improvementDueWorkingDays;
  }

  public void setImprovementDueWorkingDays(int improvementDueWorkingDays) {
    this.improvementDueWorkingDays = improvementDueWorkingDays;
  }

  public List<Department> getDepartments() {
    return departments;
  }

  public void setDepartments(List<Department> departments) {
    this.departments = departments;
  }

  public String getSweepCron() {
    return sweepCron;
  }

  public void setSweepCron(String sweepCron) {
    this.sweepCron = sweepCron;
  }

  public int getSweepChunkSize() {
    return sweepChunkSize;
  }

  public void setSweepChunkSize(int sweepChunkSize) {
    this.sweepChunkSize = sweepChunkSize;
  }

  public Map<String, String> getMaintenanceFocus() {
    return maintenanceFocus;
  }

  public void setMaintenanceFocus(Map<String, String> maintenanceFocus) {
    this.maintenanceFocus = maintenanceFocus;
  }
}
