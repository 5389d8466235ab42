package com.crmflow.testsupport;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Local Beijing times for process tests, and setting the engine clock to one (reset with ClockUtil.reset()). */
public final class BeijingTime {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private BeijingTime() {}

  /** Sets the engine clock, e.g. {@code at("2026-11-24T09:00")}. */
  public static void at(String beijingLocalDateTime) {
    ClockUtil.setCurrentTime(beijing(beijingLocalDateTime));
  }

  public static Date beijing(String localDateTime) {
    return Date.from(instant(localDateTime));
  }

  public static Instant instant(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }
}
