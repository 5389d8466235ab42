package com.crmflow.visit.process;

import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;
import static com.crmflow.visit.process.VisitVariables.*;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.process.ComplaintVariables;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.visit.domain.Visit;
import com.crmflow.visit.domain.VisitDeadlines;
import com.crmflow.visit.domain.VisitDeadlines.Supervision;
import com.crmflow.visit.domain.VisitImprovement;
import com.crmflow.visit.domain.VisitImprovements;
import com.crmflow.visit.domain.VisitImprovements.Outcome;
import com.crmflow.visit.domain.VisitInput;
import com.crmflow.visit.domain.VisitInput.IssueInput;
import com.crmflow.visit.domain.VisitPlanning;
import com.crmflow.visit.domain.VisitRecording;
import com.crmflow.visit.domain.Visits;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import com.crmflow.visit.process.form.ReturnVisitImprovementForm;
import com.crmflow.visit.process.form.ReturnVisitSuperviseForm;
import com.crmflow.visit.process.form.ReturnVisitVisitForm;

/**
 * The delegates and listeners named in {@code processes/return-visit.bpmn}. Each one is thin: it takes what the
 * form submitted out of the process variables, calls the visit's steps ({@link VisitPlanning},
 * {@link VisitRecording}, {@link VisitImprovements}, {@link VisitDeadlines}) or {@link VisitScheduler} and leaves
 * ids and routing flags ({@code customerActive}, {@code issuesRaised}, {@code complaintRaised}).
 */
@Configuration
public class VisitProcessBindings {

  private final Visits visits;
  private final VisitPlanning planning;
  private final VisitRecording recording;
  private final VisitImprovements improvements;
  private final VisitDeadlines deadlines;
  private final VisitScheduler scheduler;
  private final ReturnVisits returnVisits;

  public VisitProcessBindings(Visits visits, VisitPlanning planning, VisitRecording recording,
      VisitImprovements improvements, VisitDeadlines deadlines, @Lazy VisitScheduler scheduler,
      ReturnVisits returnVisits) {
    this.visits = visits;
    this.planning = planning;
    this.recording = recording;
    this.improvements = improvements;
    this.deadlines = deadlines;
    this.scheduler = scheduler;
    this.returnVisits = returnVisits;
  }

  /** Warning timer → 提醒客户负责人. */
  @Bean
  public JavaDelegate visitDeadlineWarning() {
    return execution -> returnVisits.warn(execution, idVariable(execution, VISIT_ID));
  }

  /** Overdue timer → 升级至客户关系管理部门. */
  @Bean
  public JavaDelegate visitDeadlineEscalation() {
    return execution -> returnVisits.escalate(execution, idVariable(execution, VISIT_ID));
  }

  /** The visit of this instance: the {@code visitId} variable checked against the record's process instance. */
  private Long visitId(VariableScope scope) {
    return visits.boundTo(idVariable(scope, VISIT_ID), Engine.processInstanceId(scope)).getId();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The due date has come: the visit opens for the owner, or ends when the customer is no longer active. */
  @Bean
  public JavaDelegate openVisit() {
    return execution -> CUSTOMER_ACTIVE.on(execution).set(planning.open(visitId(execution)));
  }

  /** The owner recorded the visit: the record, its issues (improvement items) and a complaint go to our tables. */
  @Bean
  public TaskListener visitRecorded(com.crmflow.survey.process.SurveyStarter surveys) {
    return task -> {
      FormData form = FormData.of(task);
      boolean issuesRaised = form.flag(ISSUES_RAISED);
      boolean complaintRaised = form.flag(COMPLAINT_RAISED);
      List<IssueInput> issues = new ArrayList<>();
      JsonNode list = ReturnVisitVisitForm.issues(form);
      if (list != null && list.isArray()) {
        list.forEach(i -> issues.add(new IssueInput(text(i, ReturnVisitVisitForm.ISSUES_DEPARTMENT),
            text(i, ReturnVisitVisitForm.ISSUES_ISSUE))));
      }
      VisitInput in = new VisitInput(ReturnVisitVisitForm.way(form), ReturnVisitVisitForm.visitDate(form),
          ReturnVisitVisitForm.projectProgress(form),
          ReturnVisitVisitForm.satisfaction(form), ReturnVisitVisitForm.changedNeeds(form),
          ReturnVisitVisitForm.opinions(form), issuesRaised,
          issues, complaintRaised, ReturnVisitVisitForm.complaintContent(form),
          ReturnVisitVisitForm.complaintCategory(form),
          ReturnVisitVisitForm.complaintSeverity(form));
      Long visitId = visitId(task);
      List<VisitImprovement> items = recording.record(visitId, in, actor(task));
      // SPEC P7.1: the visit's satisfaction is the overall score of the customer's satisfaction survey
      Visit visit = visits.get(visitId);
      surveys.afterReturnVisit(visit.getCustomerId(), visit.getVisitNumber(), visit.getSatisfaction(), actor(task));
      ISSUES_RAISED.on(task).set(!items.isEmpty());
      COMPLAINT_RAISED.on(task).set(complaintRaised);
    };
  }

  /** The next cycle: due one cycle of the customer's grade after this visit, as a new process instance. */
  @Bean
  public JavaDelegate scheduleNextVisit() {
    return execution -> {
      Long visitId = visitId(execution);
      Visit next = scheduler.startNextCycle(visitId, visits.get(visitId).getVisitedBy());
      if (next != null) {
        NEXT_VISIT_NUMBER.on(execution).set(next.getVisitNumber());
      }
    };
  }

  /**
   * A complaint raised in the visit: registered like any other and handled by {@code complaint-handling}, started
   * as {@code ComplaintController} does (business key = complaint number, the visiting owner as initiator).
   */
  @Bean
  public JavaDelegate startComplaintFromVisit() {
    return execution -> {
      Long visitId = visitId(execution);
      Complaint c = recording.registerComplaint(visitId);
      String initiator = visits.get(visitId).getVisitedBy();
      Engine.asSystem(() -> execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
          ComplaintVariables.PROCESS_KEY, c.getComplaintNumber(), Variables.createVariables()
              .putValue(ComplaintVariables.COMPLAINT_ID.getName(), c.getId()).putValue(ComplaintVariables.INITIATOR.getName(), initiator)));
      COMPLAINT_NUMBER.on(execution).set(c.getComplaintNumber());
    };
  }

  @Bean
  public TaskListener improvementDone() {
    return task -> {
      FormData form = FormData.of(task);
      improvements.complete(
          improvements.boundImprovement(idVariable(task, IMPROVEMENT_ID), task.getProcessInstanceId()).getId(),
          new Outcome(ReturnVisitImprovementForm.improvementOutcome(form),
          ReturnVisitImprovementForm.improvementResult(form)), actor(task));
    };
  }

  @Bean
  public TaskListener visitSupervised() {
    return task -> deadlines.recordSupervision(visitId(task),
        new Supervision(ReturnVisitSuperviseForm.superviseMeasures(FormData.of(task))), actor(task));
  }

  /**
   * End of the instance: a cycle still open (an administrator cancelled the instance in Cockpit) is cancelled, so
   * that the customer is not left without a cycle — the nightly sweep starts a new one.
   */
  @Bean
  public ExecutionListener visitInstanceEnded() {
    return execution -> {
      Long visitId = idVariable(execution, VISIT_ID);
      // only the visit bound to this instance; a variable pointing elsewhere changes nothing at the end
      if (visitId != null && Visits.isBoundTo(visits.get(visitId), execution.getProcessInstanceId())) {
        Visit v = visits.get(visitId);
        if (Visit.PLANNED.equals(v.getStatus()) || Visit.DUE.equals(v.getStatus())) {
          planning.cancel(visitId, "流程实例已被取消", Visits.SYSTEM);
        }
      }
    };
  }
}
