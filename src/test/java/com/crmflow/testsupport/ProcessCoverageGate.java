package com.crmflow.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Process test coverage gate of a {@link ProcessTest} class (reports in target/process-test-coverage/): the class
 * fails when its tests cover less than {@link #minimum()} of the flow nodes and sequence flows of the processes
 * they run, leaving out {@link #excludeProcessDefinitionKeys()} (processes another class measures). A class
 * without the annotation gets its report, but no gate.
 *
 * <p>The annotation does not change the Spring context: the coverage listener asks the context for its
 * properties once per test class, and the context answers from the annotation of the class being run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessCoverageGate {

  double MINIMUM = 0.9;

  double minimum() default MINIMUM;

  String[] excludeProcessDefinitionKeys() default {};

  /** Part of the {@link ProcessTest} context: the coverage library's configuration, properties per test class. */
  @TestConfiguration(proxyBeanMethods = false)
  @Import(ProcessEngineCoverageConfiguration.class)
  class Configuration {
    @Bean
    @Primary // the library's configuration registers defaults (no gate) as well
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      Class<?> testClass = CurrentTestClass.current;
      ProcessCoverageGate gate = testClass == null ? null
          : AnnotatedElementUtils.findMergedAnnotation(testClass, ProcessCoverageGate.class);
      ProcessEngineCoverageProperties.Builder properties = ProcessEngineCoverageProperties.builder();
      if (gate != null) {
        properties.assertClassCoverageAtLeast(gate.minimum())
            .excludeProcessDefinitionKeys(gate.excludeProcessDefinitionKeys());
      }
      return properties.build();
    }
  }

  /** Remembers the test class being run, before the coverage listener (ordered last) reads its properties. */
  class CurrentTestClass implements TestExecutionListener, Ordered {

    static volatile Class<?> current;

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
      current = testContext.getTestClass();
    }

    @Override
    public void afterTestClass(TestContext testContext) {
      current = null;
    }
  }
}
