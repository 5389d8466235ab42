package com.crmflow.survey.process;

import com.crmflow.survey.domain.SatisfactionSurveys;
import com.crmflow.survey.domain.SatisfactionSurveys.DueChunk;
import com.crmflow.survey.domain.SatisfactionSurveys.DueCustomer;
import com.crmflow.survey.domain.SurveyCodes;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The periodic satisfaction survey (SPEC P7.1, 004 §6.2 定期开展客户满意度调查): every night
 * ({@code crm.survey.sweep-cron}, only with {@code crm.scheduling.enabled}) a survey for every ACTIVE customer
 * whose grade's period ({@code crm.survey.periodic}: A and B half-yearly, C yearly, D none) has passed since its
 * latest survey of any trigger (or since it entered the archive). Idempotent: a customer with an open periodic
 * survey gets no second one, whether the sweep runs twice or on two nodes (unique open key).
 */
@Service
public class PeriodicSurveys {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicSurveys.class);
  private static final int CHUNK = 200;

  private final SatisfactionSurveys surveys;
  private final SurveyStarter starter;
  private final TransactionTemplate ownTransaction;

  public PeriodicSurveys(SatisfactionSurveys surveys, SurveyStarter starter, PlatformTransactionManager transactions) {
    this.surveys = surveys;
    this.starter = starter;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** What a sweep did. */
  public record SweepResult(int started, int failed, List<String> surveyNumbers) {}

  /** Nightly at {@code crm.survey.sweep-cron} (the settings of {@link SatisfactionSurveys}). */
  @Scheduled(cron = "#{@satisfactionSurveys.settings().sweepCron()}", zone = "#{@timeZone.id}")
  public void nightlySweep() {
    SweepResult r = startDue();
    LOG.info("Periodic satisfaction surveys: {} started, {} failed", r.started(), r.failed());
  }

  /** Starts the due periodic surveys, each customer in its own transaction (a failure skips only that customer). */
  public SweepResult startDue() {
    Long after = 0L;
    int failed = 0;
    List<String> numbers = new ArrayList<>();
    while (after != null) {
      DueChunk chunk = surveys.dueCustomers(after, CHUNK);
      for (DueCustomer due : chunk.due()) {
        try {
          ownTransaction.execute(status -> starter.start(due.customerId(), SurveyCodes.TRIGGER_PERIODIC,
              due.dueOn().toString(), null, SatisfactionSurveys.SYSTEM)).ifPresent(numbers::add);
        } catch (RuntimeException e) {
          failed++;
          LOG.warn("Periodic satisfaction survey of customer {} not started: {}", due.customerId(), e.toString());
        }
      }
      after = chunk.lastId();
    }
    return new SweepResult(numbers.size(), failed, numbers);
  }
}
