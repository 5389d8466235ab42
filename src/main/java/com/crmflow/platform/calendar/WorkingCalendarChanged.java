package com.crmflow.platform.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * Published inside the transaction of an administrator's calendar change, after the rows are written and the
 * shared {@link WorkingCalendar} holds the new days. Listeners recompute what is still waiting from its start and
 * {@link #after()} (the time already counted is taken from {@link #before()}), in the same transaction, and report
 * each change with {@link #moved}. An exception rolls the whole change back.
 */
public final class WorkingCalendarChanged {

  private final WorkingCalendar before;
  private final WorkingCalendar after;
  private final List<String> moved = new ArrayList<>();

  public WorkingCalendarChanged(WorkingCalendar before, WorkingCalendar after) {
    this.before = before;
    this.after = after;
  }

  public WorkingCalendar before() {
    return before;
  }

  public WorkingCalendar after() {
    return after;
  }

  /** Records one recomputed deadline or timer, e.g. "CMP-2026-000001 首次响应时限 2026-12-01 10:00 → …". */
  public synchronized void moved(String what) {
    moved.add(what);
  }

  public synchronized List<String> movedItems() {
    return List.copyOf(moved);
  }
}
