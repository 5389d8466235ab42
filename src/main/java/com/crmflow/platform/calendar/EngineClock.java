package com.crmflow.platform.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the process engine's time (ClockUtil, the system time unless a process test moves
 * it) in the working calendar's time zone. Injected as {@link Clock}, so timestamps of our tables and timers of the
 * engine never disagree.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public long millis() {
    return ClockUtil.getCurrentTime().getTime();
  }
}
