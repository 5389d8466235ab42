package com.crmflow.testsupport.it;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
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
    restoreWebappRuntimes();
  }

  /**
   * Camunda's web apps keep their runtime in JVM-wide statics ({@code Cockpit}, {@code Admin}, {@code Tasklist},
   * {@code Welcome}) that a web app sets when it starts and sets to null when it stops. A test JVM runs several
   * applications (contexts of their own, ProductionDefaultsIT's packaged start); when one of them stops, the web
   * apps of those still running answer every logged-in request with a NullPointerException (500) — in production
   * one JVM runs one application, so only the tests need the runtime back.
   */
  private static void restoreWebappRuntimes() {
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }
}
