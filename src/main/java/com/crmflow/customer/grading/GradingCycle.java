package com.crmflow.customer.grading;

import org.springframework.stereotype.Component;

/**
 * The periodic regrading's cycle as the engine reads it: the timer start event of {@code customer-grading-schedule}
 * says {@code ${customerGradingSettings.cycle}} (a bean name and a JavaBean property, which a settings record has
 * neither of).
 */
@Component("customerGradingSettings")
public class GradingCycle {

  private final GradingSettings settings;

  public GradingCycle(GradingSettings settings) {
    this.settings = settings;
  }

  public String getCycle() {
    return settings.cycle();
  }
}
