package com.crmflow.care.process;

import com.crmflow.care.domain.CareSettings;
import org.springframework.stereotype.Component;

/**
 * The daily greeting generation's cycle as the engine reads it: the timer start event of {@code care-greetings}
 * says {@code ${careGreetingSchedule.cycle}} (a bean name and a JavaBean property, which a settings record has
 * neither of).
 */
@Component("careGreetingSchedule")
public class CareGreetingSchedule {

  private final CareSettings settings;

  public CareGreetingSchedule(CareSettings settings) {
    this.settings = settings;
  }

  public String getCycle() {
    return settings.greetingsCycle();
  }
}
