package com.crmflow.bench.reference;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service task of both reference processes: a little work, two variables. */
@Component("intakeDelegate")
public class IntakeDelegate implements JavaDelegate {

  private final AtomicLong sequence = new AtomicLong();

  @Override
  public void execute(DelegateExecution execution) {
    Object channel = execution.getVariable("channel");
    execution.setVariable("registrationNumber",
        "REF-" + (channel == null ? "none" : channel) + "-" + sequence.incrementAndGet());
    execution.setVariable("registeredAt", java.util.Date.from(Instant.now()));
  }
}
