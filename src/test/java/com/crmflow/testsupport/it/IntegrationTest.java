package com.crmflow.testsupport.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port against embedded PostgreSQL, with the demo organisation — one Spring
 * context shared by every integration test class (whose engine is the one Camunda REST answers from while it runs:
 * {@link RegisterContextEngine}).
 */
// metrics export as in production (a test disables it by default): /actuator/prometheus exists (PrometheusEndpointIT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("demo")
@Import(EmbeddedPostgresConfiguration.class)
@ContextConfiguration(initializers = TestDataKeyset.class)
@TestExecutionListeners(listeners = RegisterContextEngine.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {}
