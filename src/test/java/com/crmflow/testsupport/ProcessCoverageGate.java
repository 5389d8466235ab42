package com.crmflow.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Process test coverage for a Spring process test class (reports in target/process-test-coverage/); the class
 * fails when its tests cover less than 90 % of the flow nodes and sequence flows of the processes they run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ProcessEngineCoverageConfiguration.class, ProcessCoverageGate.Gate.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessCoverageGate {

  double MINIMUM = 0.9;

  @TestConfiguration
  class Gate {
    @Bean
    @Primary // the library's configuration registers defaults (no gate) as well
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(MINIMUM).build();
    }
  }
}
