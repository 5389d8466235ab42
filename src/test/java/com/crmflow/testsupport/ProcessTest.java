package com.crmflow.testsupport;

import com.crmflow.customer.grading.GradingSettings;
import com.crmflow.platform.notification.NotificationService;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A process test on the whole application: one Spring context (one engine, one in-memory H2 database) shared by
 * every class that carries this annotation and nothing else that changes the context. Hence:
 * <ul>
 *   <li>everything that would make a second context is here and the same for all: job executor off (tests
 *       execute jobs themselves), {@code @Scheduled} work off (nothing runs behind a test's back), mail on (mails
 *       are only queued in {@code crm_mail_outbox}: the sender is a scheduled job), {@link NotificationService}
 *       a Mockito spy (reset after each test), so are settings records a test varies ({@link GradingSettings}),
 *       process test coverage collected;</li>
 *   <li>a test sees what earlier classes left in the database: it finds its own data by id, process instance or
 *       business key (never "all rows"), and a class that changes shared settings or reference data (calendar
 *       years, deployments, settings beans) puts them back after each test;</li>
 *   <li>per class, {@link ProcessCoverageGate} sets the coverage a class must reach, without a new context.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    "crm.scheduling.enabled=false",
    "crm.mail.enabled=true"})
@Import(ProcessCoverageGate.Configuration.class)
@MockitoSpyBean(types = {NotificationService.class, GradingSettings.class})
@TestExecutionListeners(listeners = {ProcessCoverageGate.CurrentTestClass.class,
    ProcessEngineCoverageTestExecutionListener.class}, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {}
