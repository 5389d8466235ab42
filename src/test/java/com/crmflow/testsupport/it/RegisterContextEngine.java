package com.crmflow.testsupport.it;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda's REST API and web apps look their engine up by name ("default") in the JVM-wide {@link ProcessEngines}
 * registry. Test classes with a Spring context of their own register another engine under that name, and closing
 * such a context unregisters it — after which {@code /engine-rest} of the shared {@link IntegrationTest} context
 * would answer from another database or with "No process engine available". Before each test class, the engine of
 * the class's own context is registered again.
 */
public class RegisterContextEngine extends AbstractTestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    ProcessEngine engine = testContext.getApplicationContext().getBean(ProcessEngine.class);
    if (ProcessEngines.getProcessEngine(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
  }
}
