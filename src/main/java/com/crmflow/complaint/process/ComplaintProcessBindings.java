package com.crmflow.complaint.process;

import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;
import static com.crmflow.complaint.process.ComplaintVariables.*;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintClosure;
import com.crmflow.complaint.domain.ComplaintHandling;
import com.crmflow.complaint.domain.ComplaintIntake;
import com.crmflow.complaint.domain.ComplaintIntake.ComplaintInput;
import com.crmflow.complaint.domain.ComplaintSettings;
import com.crmflow.complaint.domain.ComplaintTimeLimits;
import com.crmflow.complaint.domain.Complaints;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.ModelProperties;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.crmflow.complaint.process.form.ComplaintAssessmentForm;
import com.crmflow.complaint.process.form.ComplaintCorrectiveActionForm;
import com.crmflow.complaint.process.form.ComplaintExecutionForm;
import com.crmflow.complaint.process.form.ComplaintFollowUpForm;
import com.crmflow.complaint.process.form.ComplaintInitialResponseForm;
import com.crmflow.complaint.process.form.ComplaintIntakeForm;
import com.crmflow.complaint.process.form.ComplaintInternalMeetingForm;
import com.crmflow.complaint.process.form.ComplaintInvestigationForm;
import com.crmflow.complaint.process.form.ComplaintNegotiationForm;
import com.crmflow.complaint.process.form.ComplaintResolutionForm;
import com.crmflow.complaint.process.form.ComplaintResultFeedbackForm;
import com.crmflow.complaint.process.form.ComplaintSuperviseForm;
import com.crmflow.complaint.process.form.ComplaintSurveyForm;
import com.crmflow.complaint.process.form.ComplaintVerdictForm;

/**
 * The delegates and task listeners named in {@code processes/complaint-handling.bpmn}. Each one is thin: it takes
 * what the form submitted out of the process variables, calls the step ({@link ComplaintIntake},
 * {@link ComplaintHandling}, {@link ComplaintTimeLimits}, {@link ComplaintClosure}), and leaves ids and routing
 * flags ({@code customerAgrees}, {@code handlingCompleted}, {@code customerSatisfied}, {@code recurred}, …).
 */
@Configuration
public class ComplaintProcessBindings {

  private final Complaints complaints;
  private final ComplaintIntake intake;
  private final ComplaintHandling handling;
  private final ComplaintTimeLimits timeLimits;
  private final ComplaintClosure closure;
  private final ComplaintDeadlineActions deadlines;

  public ComplaintProcessBindings(Complaints complaints, ComplaintIntake intake, ComplaintHandling handling,
      ComplaintTimeLimits timeLimits, ComplaintClosure closure, ComplaintDeadlineActions deadlines) {
    this.complaints = complaints;
    this.intake = intake;
    this.handling = handling;
    this.timeLimits = timeLimits;
    this.closure = closure;
    this.deadlines = deadlines;
  }

  /** What the model reads of {@link ComplaintSettings}, as bean properties. */
  public record ModelSettings(String followUpAfter) {

    public String getFollowUpAfter() {
      return followUpAfter;
    }
  }

  /**
   * The timer 30 天后跟踪检查 waits {@code ${complaintSettings.followUpAfter}}: the settings under the name the
   * model (also every deployed version of it) uses.
   */
  @Bean
  public ModelSettings complaintSettings(ComplaintSettings settings) {
    return new ModelSettings(settings.followUpAfter());
  }

  /**
   * Warning timer → 发出时限预警. Which deadline is the service task's extension property {@code deadline}
   * (INITIAL_RESPONSE or RESULT_FEEDBACK).
   */
  @Bean
  public JavaDelegate complaintDeadlineWarning() {
    return execution -> deadlines.warn(execution, deadlineId(execution));
  }

  /** Breach timers → 超时升级: the deadline as above, the level in the property {@code escalationLevel} (1 or 2). */
  @Bean
  public JavaDelegate complaintDeadlineEscalation() {
    return execution -> deadlines.escalate(execution, deadlineId(execution),
        Integer.parseInt(ModelProperties.of(execution, ModelProperties.ESCALATION_LEVEL).orElseThrow(
            () -> new IllegalStateException(execution.getCurrentActivityId() + " has no extension property "
                + ModelProperties.ESCALATION_LEVEL))));
  }

  private static Long deadlineId(DelegateExecution execution) {
    String kind = ModelProperties.of(execution, ModelProperties.DEADLINE).orElseThrow(() -> new IllegalStateException(
        execution.getCurrentActivityId() + " has no extension property " + ModelProperties.DEADLINE));
    return idVariable(execution, ComplaintVariables.deadlineIdOf(kind));
  }

  /**
   * The complaint this step works on: the id in the process variables, checked against the record — it must be
   * bound to this very process instance (a variable pointing at another complaint is refused).
   */
  private Long complaintId(VariableScope scope) {
    return complaints.boundTo(idVariable(scope, COMPLAINT_ID), Engine.processInstanceId(scope)).getId();
  }

  /**
   * Start → 登记投诉. The API has already recorded the complaint (variable {@code complaintId}); from the Tasklist
   * start form it is recorded here, by the staff member who took the call (the authenticated user — never the
   * {@code initiator} variable, which a caller could set to somebody else). Either way the complaint is bound to
   * this instance here; one already bound, or no longer 已受理, is refused.
   */
  @Bean
  public JavaDelegate registerComplaint() {
    return execution -> {
      Long complaintId = idVariable(execution, COMPLAINT_ID);
      Complaint c;
      if (complaintId != null) {
        c = complaints.get(complaintId);
      } else {
        FormData form = FormData.of(execution);
        ComplaintInput in = new ComplaintInput(ComplaintIntakeForm.customerId(form), ComplaintIntakeForm.channel(form),
            ComplaintIntakeForm.content(form), ComplaintIntakeForm.category(form), ComplaintIntakeForm.severity(form),
            ComplaintIntakeForm.contactPreference(form), ComplaintIntakeForm.contactName(form),
            ComplaintIntakeForm.contactPhone(form),
            ComplaintIntakeForm.contactEmail(form), List.of());
        c = intake.register(in, Engine.authenticatedUser(execution), null, null);
        execution.setProcessBusinessKey(c.getComplaintNumber());
      }
      complaints.attachProcess(c.getId(), execution.getProcessInstanceId());
      ComplaintDeadline response = timeLimits.latestDeadline(c.getId(), ComplaintDeadline.INITIAL_RESPONSE);
      if (complaintId == null) {
        // an API start already holds this Long id (read above): writing it again only adds a history update
        COMPLAINT_ID.on(execution).set(c.getId());
      }
      COMPLAINT_NUMBER.on(execution).set(c.getComplaintNumber());
      CUSTOMER_ID.on(execution).set(c.getCustomerId());
      ESCALATION_LEVEL.on(execution).set(c.getEscalationLevel());
      RESPONSE_DEADLINE_ID.on(execution).set(response.getId());
    };
  }

  @Bean
  public TaskListener complaintAssessed() {
    return task -> {
      FormData form = FormData.of(task);
      handling.assess(complaintId(task), new ComplaintHandling.Assessment(ComplaintAssessmentForm.category(form),
          ComplaintAssessmentForm.severity(form), ComplaintAssessmentForm.assessmentNote(form)), actor(task));
    };
  }

  @Bean
  public TaskListener initialResponseGiven() {
    return task -> {
      FormData form = FormData.of(task);
      handling.respondInitially(complaintId(task), idVariable(task, RESPONSE_DEADLINE_ID),
          new ComplaintHandling.InitialResponse(ComplaintInitialResponseForm.responseWay(form),
          ComplaintInitialResponseForm.responseContent(form)),
          actor(task));
    };
  }

  @Bean
  public TaskListener complaintInvestigated() {
    return task -> {
      FormData form = FormData.of(task);
      handling.investigate(complaintId(task), new ComplaintHandling.Investigation(
          ComplaintInvestigationForm.investigationDetails(form), ComplaintInvestigationForm.evidence(form),
          ComplaintInvestigationForm.cause(form),
          ComplaintInvestigationForm.causeDetail(form), ComplaintInvestigationForm.responsibleDepartment(form),
          ComplaintInvestigationForm.responsiblePerson(form)),
          actor(task));
      MEETING_NEEDED.on(task).set(form.flag(MEETING_NEEDED));
    };
  }

  @Bean
  public TaskListener internalMeetingHeld() {
    return task -> {
      FormData form = FormData.of(task);
      handling.recordMeeting(complaintId(task), new ComplaintHandling.Meeting(
          ComplaintInternalMeetingForm.meetingParticipants(form), ComplaintInternalMeetingForm.meetingMinutes(form)),
          actor(task));
    };
  }

  @Bean
  public TaskListener resolutionDrafted() {
    return task -> {
      FormData form = FormData.of(task);
      handling.draftResolution(complaintId(task), new ComplaintHandling.Resolution(
          ComplaintResolutionForm.resolutionPlan(form), ComplaintResolutionForm.compensation(form)), actor(task));
    };
  }

  @Bean
  public TaskListener resolutionNegotiated() {
    return task -> {
      FormData form = FormData.of(task);
      boolean agrees = form.flag(CUSTOMER_AGREES);
      handling.recordNegotiation(complaintId(task),
          new ComplaintHandling.Negotiation(agrees, ComplaintNegotiationForm.customerRequest(form)), actor(task));
      CUSTOMER_AGREES.on(task).set(agrees);
    };
  }

  @Bean
  public TaskListener progressRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      boolean informed = ComplaintExecutionForm.customerInformed(form);
      boolean done = form.flag(HANDLING_COMPLETED);
      handling.recordProgress(complaintId(task),
          new ComplaintHandling.Progress(ComplaintExecutionForm.progressNote(form), informed, done), actor(task));
      HANDLING_COMPLETED.on(task).set(done);
    };
  }

  /** Handling ended: the 48-hour result-feedback deadline starts. */
  @Bean
  public JavaDelegate startFeedbackDeadline() {
    return execution -> FEEDBACK_DEADLINE_ID.on(execution).set(timeLimits.startFeedbackDeadline(complaintId(execution)).getId());
  }

  @Bean
  public TaskListener resultFedBack() {
    return task -> {
      FormData form = FormData.of(task);
      closure.feedBack(complaintId(task), idVariable(task, FEEDBACK_DEADLINE_ID),
          new ComplaintClosure.Feedback(ComplaintResultFeedbackForm.feedbackWay(form),
          ComplaintResultFeedbackForm.resultSummary(form)), actor(task));
    };
  }

  @Bean
  public TaskListener verdictRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      boolean satisfied = form.flag(CUSTOMER_SATISFIED);
      int level = closure.recordVerdict(complaintId(task), new ComplaintClosure.Verdict(satisfied,
          ComplaintVerdictForm.satisfactionScore(form), ComplaintVerdictForm.customerComment(form)), actor(task));
      CUSTOMER_SATISFIED.on(task).set(satisfied);
      ESCALATION_LEVEL.on(task).set(level);
    };
  }

  @Bean
  public TaskListener correctiveActionDefined() {
    return task -> {
      FormData form = FormData.of(task);
      closure.defineAction(complaintId(task),
          new ComplaintClosure.CorrectiveAction(ComplaintCorrectiveActionForm.correctiveAction(form),
          ComplaintCorrectiveActionForm.preventiveAction(form), ComplaintCorrectiveActionForm.actionOwner(form),
          ComplaintCorrectiveActionForm.actionDueDate(form)),
          actor(task));
    };
  }

  @Bean
  public TaskListener recurrenceChecked() {
    return task -> {
      FormData form = FormData.of(task);
      boolean recurred = form.flag(RECURRED);
      closure.checkRecurrence(complaintId(task),
          new ComplaintClosure.RecurrenceCheck(recurred, ComplaintFollowUpForm.followUpNote(form)), actor(task));
      RECURRED.on(task).set(recurred);
    };
  }

  @Bean
  public JavaDelegate closeComplaint() {
    return execution -> closure.close(complaintId(execution), Engine.authenticatedUser(execution));
  }

  @Bean
  public TaskListener surveyRecorded(com.crmflow.survey.process.SurveyStarter surveys) {
    return task -> {
      FormData form = FormData.of(task);
      Long complaintId = complaintId(task);
      closure.recordSurvey(complaintId, new ComplaintClosure.Survey(ComplaintSurveyForm.surveyWay(form),
          ComplaintSurveyForm.surveyScore(form), ComplaintSurveyForm.surveyComment(form)), actor(task));
      // SPEC P7.1: the score is the overall score of the customer's satisfaction survey (satisfaction-survey)
      Complaint c = complaints.get(complaintId);
      if (c.getCustomerId() != null) {
        surveys.afterComplaintClosed(c.getCustomerId(), c.getComplaintNumber(), c.getSurveyScore(), actor(task));
      }
    };
  }

  @Bean
  public TaskListener overdueSupervised() {
    return task -> {
      // the model says who supervises (extension property supervisionLevel of the task)
      int level = ModelProperties.of(task, ModelProperties.SUPERVISION_LEVEL).map(Integer::parseInt)
          .orElseThrow(() -> new IllegalStateException("User task " + task.getTaskDefinitionKey()
              + " has no extension property " + ModelProperties.SUPERVISION_LEVEL + " (1 or 2)"));
      closure.recordSupervision(complaintId(task), level,
          new ComplaintClosure.Supervision(ComplaintSuperviseForm.superviseMeasures(FormData.of(task))), actor(task));
    };
  }
}
