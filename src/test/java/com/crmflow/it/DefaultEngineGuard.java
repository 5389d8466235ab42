package com.crmflow.it;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

/**
 * Camunda's REST API and web apps find their engine in the JVM-wide registry {@link ProcessEngines} by the name
 * "default". A test class with a Spring context of its own (NotificationMailIT) registers a second engine under
 * that name, so that afterwards /engine-rest of the shared {@link IntegrationTest} context would answer from the
 * other context's database. Tests that call /engine-rest or Tasklist register their context's engine for their
 * run and put the previous one back afterwards.
 */
final class DefaultEngineGuard {

  private final ProcessEngine ours;
  private ProcessEngine previous;

  DefaultEngineGuard(ProcessEngine ours) {
    this.ours = ours;
  }

  void enter() {
    previous = ProcessEngines.getProcessEngine(ours.getName());
    ProcessEngines.registerProcessEngine(ours);
  }

  void exit() {
    if (previous != null && previous != ours) {
      ProcessEngines.registerProcessEngine(previous);
    }
  }
}
