package com.crmflow.visit.process;

import static com.crmflow.visit.process.VisitVariables.*;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.Engine;
import com.crmflow.visit.domain.Visit;
import com.crmflow.visit.domain.VisitRepository;
import com.crmflow.visit.domain.VisitPlanning;
import com.crmflow.visit.domain.Visits;
import com.crmflow.visit.domain.VisitSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and moves return-visit cycles (SPEC P4.1). Each cycle is one {@code return-visit} process instance with
 * its {@code crm_visit} row (business key = visit number); after the visit the process plans and starts the next
 * cycle, so every cycle stays in the history on its own.
 *
 * <ul>
 *   <li>{@link #gradeChanged} — called by the grading code when a customer's grade changes: the next visit date
 *       follows the new grade's cycle and the waiting instance's timer moves (message
 *       {@value VisitVariables#RESCHEDULED_MESSAGE} restarts its wait).</li>
 *   <li>{@link #startMissingCycles} — a cycle for every ACTIVE customer that has none: nightly
 *       ({@code crm.visit.sweep-cron}, only with {@code crm.scheduling.enabled}) and {@code POST /api/visits/cycles}.</li>
 *   <li>{@link #ownerChanged} — hands an open visit task to the customer's new owner.</li>
 * </ul>
 *
 * The engine work runs without the caller's Camunda authorizations: whoever regrades a customer or completes a
 * visit may not start or correlate return-visit instances themselves.
 */
@Service
public class VisitScheduler implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(VisitScheduler.class);

  private final Visits visits;
  private final VisitPlanning planning;
  private final VisitRepository visitRepository;
  private final VisitSettings settings;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final TransactionTemplate ownTransaction;
  private final ZoneId timeZone;

  public VisitScheduler(Visits visits, VisitPlanning planning, VisitRepository visitRepository,
      VisitSettings settings, RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
      PlatformTransactionManager transactions, ZoneId timeZone) {
    this.visits = visits;
    this.planning = planning;
    this.visitRepository = visitRepository;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.timeZone = timeZone;
  }

  /** Starts the customer's first (or, after a cancelled cycle, a new) visit cycle. */
  @Transactional
  public Visit startCycle(Long customerId, String actor) {
    return start(customerId, null, actor);
  }

  /**
   * After a visit: the next cycle counts from the visit's date, with the customer's current grade. An inactive
   * customer gets no next cycle (null); the nightly sweep starts one when the customer is active again.
   */
  @Transactional
  public Visit startNextCycle(Long previousVisitId, String actor) {
    Visit previous = visits.get(previousVisitId);
    if (!Customer.STATUS_ACTIVE.equals(visits.customer(previous.getCustomerId()).getStatus())) {
      visits.journal(previous, "NO_NEXT_CYCLE", "客户已不是活跃客户，不再安排下一次回访", actor);
      return null;
    }
    return start(previous.getCustomerId(), previous, actor);
  }

  private Visit start(Long customerId, Visit previous, String actor) {
    Visit v = planning.plan(customerId, previous, actor);
    ProcessInstance pi = asSystem(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, v.getVisitNumber(),
        Variables.createVariables().putValue(VISIT_ID.getName(), v.getId()).putValue(CUSTOMER_ID.getName(), customerId)));
    visits.attachProcess(v.getId(), pi.getId());
    return v;
  }

  /**
   * The customer's grade changed ({@code oldGrade} → {@code newGrade}, either may be null): a visit still waiting
   * for its date is due one cycle of the new grade after the cycle's start (not before today), and the waiting
   * timer moves with it; the customer's {@code next_visit_date} follows. A visit already due stays as it is —
   * the next cycle is computed with the new grade. Runs in the caller's transaction.
   */
  @Transactional
  public void gradeChanged(Long customerId, String oldGrade, String newGrade) {
    planning.reschedule(customerId, oldGrade, newGrade, actor()).ifPresent(v -> asSystem(() ->
        runtimeService.createMessageCorrelation(RESCHEDULED_MESSAGE).processInstanceId(v.getProcessInstanceId())
            .correlateAllWithResult()));
  }

  /** The customer has a new owner: an open visit task is handed over (a planned visit opens for the new owner). */
  @Transactional
  public void ownerChanged(Long customerId, String newOwner) {
    visits.openVisit(customerId).filter(v -> Visit.DUE.equals(v.getStatus())).ifPresent(v -> {
      Task task = asSystem(() -> taskService.createTaskQuery().processInstanceId(v.getProcessInstanceId())
          .taskDefinitionKey(TASK_VISIT).singleResult());
      if (task != null) {
        asSystem(() -> {
          taskService.setAssignee(task.getId(), newOwner);
          return null;
        });
      }
      String before = v.getOwner();
      v.setOwner(newOwner);
      visits.journal(v, "OWNER_CHANGED", "客户负责人 " + before + " → " + newOwner + "，回访任务已转交", actor());
    });
  }

  /** What a sweep did. */
  public record SweepResult(int started, int skipped, List<String> visitNumbers) {}

  /**
   * Starts a cycle for every ACTIVE customer without an open one, each customer in its own transaction (a
   * failure skips that customer, never the rest; racing sweeps on several nodes start each cycle once).
   */
  public SweepResult startMissingCycles(String actor) {
    long after = 0;
    int started = 0;
    int skipped = 0;
    List<String> numbers = new java.util.ArrayList<>();
    while (true) {
      List<Long> ids = visitRepository.customersWithoutCycle(after, PageRequest.of(0, settings.sweepChunkSize()));
      if (ids.isEmpty()) {
        break;
      }
      for (Long id : ids) {
        after = id;
        try {
          Visit v = ownTransaction.execute(status -> start(id, null, actor));
          started++;
          if (numbers.size() < 1000) {
            numbers.add(v.getVisitNumber());
          }
        } catch (RuntimeException e) {
          skipped++;
          LOG.warn("No visit cycle started for customer {}: {}", id, e.getMessage());
        }
      }
    }
    if (started > 0 || skipped > 0) {
      LOG.info("Visit cycles started: {}, skipped: {}", started, skipped);
    }
    return new SweepResult(started, skipped, numbers);
  }

  /** The nightly sweep at {@code crm.visit.sweep-cron}, in the working calendar's time zone. */
  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addCronTask(new CronTask(this::nightlySweep, new CronTrigger(settings.sweepCron(), timeZone)));
  }

  public void nightlySweep() {
    startMissingCycles(Visits.SYSTEM);
  }

  private String actor() {
    var auth = identityService.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : Visits.SYSTEM;
  }

  /** Engine work on the process's behalf: inside a command without authorization checks, else unauthenticated. */
  private <T> T asSystem(Supplier<T> work) {
    return Context.getCommandContext() != null ? Engine.asSystem(work) : Engine.asSystem(identityService, work);
  }
}
