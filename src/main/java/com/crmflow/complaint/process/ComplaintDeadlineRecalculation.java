package com.crmflow.complaint.process;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintSettings;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.complaint.domain.ComplaintTimeLimits;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.calendar.WorkingCalendarChanged;
import com.crmflow.platform.process.Engine;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes the working calendar, every open complaint deadline that runs in working time
 * ({@code crm.complaint.*.working-time: true}) is recomputed from its start: the working time it was given (measured
 * with the calendar before the change) is counted again with the new calendar. The row's due, warning and
 * escalation times, the waiting timer jobs of its process instance and the due date of its open tasks move in the
 * administrator's transaction. Timers that have fired already stay as they are.
 */
@Component
public class ComplaintDeadlineRecalculation {

  private static final Logger LOG = LoggerFactory.getLogger(ComplaintDeadlineRecalculation.class);

  /** Per deadline kind: its process variable, timer activities (→ which time) and the tasks that show its due time. */
  private record Binding(VariableFactory<Long> variable, Map<String, String> timers, List<String> tasks) {}

  private static final Map<String, Binding> BINDINGS = Map.of(
      ComplaintDeadline.INITIAL_RESPONSE, new Binding(ComplaintVariables.RESPONSE_DEADLINE_ID,
          Map.of("Timer_InitialResponseWarning", "warn", "Timer_InitialResponseLevel1", "due",
              "Timer_InitialResponseLevel2", "escalate"),
          List.of("Task_AssessComplaint", "Task_RespondInitially")),
      ComplaintDeadline.RESULT_FEEDBACK, new Binding(ComplaintVariables.FEEDBACK_DEADLINE_ID,
          Map.of("Timer_ResultFeedbackWarning", "warn", "Timer_ResultFeedbackLevel1", "due",
              "Timer_ResultFeedbackLevel2", "escalate"),
          List.of("Task_FeedBackResult")));

  @PersistenceContext
  private EntityManager entityManager;

  private final ComplaintSettings settings;
  private final Complaints service;
  private final ComplaintRepository complaints;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  public ComplaintDeadlineRecalculation(ComplaintSettings settings, ComplaintRepository complaints,
      ManagementService managementService, RuntimeService runtimeService, TaskService taskService,
      IdentityService identityService, Complaints service) {
    this.service = service;
    this.settings = settings;
    this.complaints = complaints;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @EventListener
  public void calendarChanged(WorkingCalendarChanged event) {
    List<ComplaintDeadline> open = entityManager.createQuery(
        "select d from ComplaintDeadline d where d.completedAt is null order by d.id", ComplaintDeadline.class)
        .getResultList();
    for (ComplaintDeadline d : open) {
      if (settings.deadline(d.getKind()).workingTime()) {
        Engine.asSystem(identityService, () -> {
          recompute(d, event);
          return null;
        });
      }
    }
  }

  void recompute(ComplaintDeadline d, WorkingCalendarChanged event) {
    Instant due = moved(d.getStartedAt(), d.getDueAt(), event);
    Instant warn = moved(d.getStartedAt(), d.getWarnAt(), event);
    Instant escalate = moved(d.getStartedAt(), d.getEscalateAt(), event);
    if (due.equals(d.getDueAt()) && warn.equals(d.getWarnAt()) && escalate.equals(d.getEscalateAt())) {
      return;
    }
    Complaint c = complaints.findById(d.getComplaintId()).orElse(null);
    Instant oldDue = d.getDueAt();
    d.setDueAt(due);
    d.setWarnAt(warn);
    d.setEscalateAt(escalate);
    Map<String, Instant> times = Map.of("due", due, "warn", warn, "escalate", escalate);
    Binding binding = BINDINGS.get(d.getKind());
    String instance = c == null ? null : c.getProcessInstanceId();
    if (binding != null && instance != null && runtimeService.createProcessInstanceQuery()
        .processInstanceId(instance).count() == 1
        && d.getId().equals(Engine.idOrNull(runtimeService, instance, binding.variable()))) {
      for (Job job : managementService.createJobQuery().processInstanceId(instance).timers().list()) {
        String which = binding.timers().get(activityOf(job));
        if (which != null) {
          managementService.setJobDuedate(job.getId(), Date.from(times.get(which)));
        }
      }
      for (Task t : taskService.createTaskQuery().processInstanceId(instance)
          .taskDefinitionKeyIn(binding.tasks().toArray(String[]::new)).list()) {
        if (t.getDueDate() != null && t.getDueDate().toInstant().equals(oldDue)) {
          t.setDueDate(Date.from(due));
          taskService.saveTask(t);
        }
      }
    }
    String what = (c == null ? "投诉 " + d.getComplaintId() : c.getComplaintNumber()) + " "
        + ComplaintTimeLimits.deadlineName(d) + "：" + service.shown(oldDue) + " → " + service.shown(due);
    event.moved(what);
    LOG.info("Working calendar changed: {}", what);
  }

  private static Instant moved(Instant start, Instant end, WorkingCalendarChanged event) {
    ZonedDateTime from = start.atZone(event.before().zone());
    Duration given = event.before().workingTimeBetween(from, end.atZone(event.before().zone()));
    WorkingCalendar after = event.after();
    return after.plusWorkingTime(from, given).toInstant();
  }

  private String activityOf(Job job) {
    // a timer job's activity is the boundary event it belongs to
    return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

}
