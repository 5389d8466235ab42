package com.crmflow.complaint.process;

import static com.crmflow.complaint.process.ComplaintVariables.*;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintService;
import com.crmflow.complaint.domain.ComplaintService.ComplaintInput;
import com.crmflow.platform.process.FormData;
import com.crmflow.platform.process.InvalidFieldException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and task listeners named in {@code processes/complaint-handling.bpmn}. Each one is thin: it takes
 * what the form submitted out of the process variables, calls {@link ComplaintService}, and leaves ids and routing
 * flags ({@code customerAgrees}, {@code handlingCompleted}, {@code customerSatisfied}, {@code recurred}, …).
 */
@Configuration
public class ComplaintProcessBindings {

  private final ComplaintService complaints;

  public ComplaintProcessBindings(ComplaintService complaints) {
    this.complaints = complaints;
  }

  static Long id(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : ((Number) v).longValue();
  }

  static String user(DelegateTask task) {
    var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
  }

  /** A number field (Camunda Forms submit numbers as Long or Double); null when empty. */
  static Long number(FormData form, String field) {
    String s = form.takeText(field);
    if (s == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(s);
      if (d != Math.rint(d)) {
        throw new InvalidFieldException(field, "必须是整数：" + s);
      }
      return (long) d;
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(field, "不是数字：" + s);
    }
  }

  /**
   * Start → 登记投诉. The API has already recorded the complaint (variable {@code complaintId}); from the Tasklist
   * start form it is recorded here, by the staff member who took the call.
   */
  @Bean
  public JavaDelegate registerComplaint() {
    return execution -> {
      Long complaintId = id(execution, COMPLAINT_ID);
      Complaint c;
      if (complaintId != null) {
        c = complaints.get(complaintId);
      } else {
        FormData form = FormData.of(execution);
        ComplaintInput in = new ComplaintInput(number(form, "customerId"), form.takeText("channel"),
            form.takeText("content"), form.takeText("category"), form.takeText("severity"),
            form.takeText("contactPreference"), form.takeText("contactName"), form.takeText("contactPhone"),
            form.takeText("contactEmail"), List.of());
        c = complaints.register(in, (String) execution.getVariable(INITIATOR), null, null);
        execution.setProcessBusinessKey(c.getComplaintNumber());
      }
      complaints.attachProcess(c.getId(), execution.getProcessInstanceId());
      ComplaintDeadline response = complaints.latestDeadline(c.getId(), ComplaintDeadline.INITIAL_RESPONSE);
      execution.setVariable(COMPLAINT_ID, c.getId());
      execution.setVariable(COMPLAINT_NUMBER, c.getComplaintNumber());
      execution.setVariable(CUSTOMER_ID, c.getCustomerId());
      execution.setVariable(ESCALATION_LEVEL, c.getEscalationLevel());
      execution.setVariable(RESPONSE_DEADLINE_ID, response.getId());
    };
  }

  @Bean
  public TaskListener complaintAssessed() {
    return task -> {
      FormData form = FormData.of(task);
      complaints.assess(id(task, COMPLAINT_ID), form.takeText("category"), form.takeText("severity"),
          form.takeText("assessmentNote"), user(task));
    };
  }

  @Bean
  public TaskListener initialResponseGiven() {
    return task -> {
      FormData form = FormData.of(task);
      complaints.respondInitially(id(task, COMPLAINT_ID), id(task, RESPONSE_DEADLINE_ID),
          form.takeText("responseWay"), form.takeText("responseContent"), user(task));
    };
  }

  @Bean
  public TaskListener complaintInvestigated() {
    return task -> {
      FormData form = FormData.of(task);
      complaints.investigate(id(task, COMPLAINT_ID), form.takeText("investigationDetails"), form.takeText("evidence"),
          form.takeText("cause"), form.takeText("causeDetail"), form.takeText("responsibleDepartment"),
          form.takeText("responsiblePerson"), user(task));
      task.setVariable(MEETING_NEEDED, form.flag(MEETING_NEEDED));
    };
  }

  @Bean
  public TaskListener internalMeetingHeld() {
    return task -> {
      FormData form = FormData.of(task);
      complaints.recordMeeting(id(task, COMPLAINT_ID), form.takeText("meetingParticipants"),
          form.takeText("meetingMinutes"), user(task));
    };
  }

  @Bean
  public TaskListener resolutionDrafted() {
    return task -> {
      FormData form = FormData.of(task);
      complaints.draftResolution(id(task, COMPLAINT_ID), form.takeText("resolutionPlan"),
          form.takeText("compensation"), user(task));
    };
  }

  @Bean
  public TaskListener resolutionNegotiated() {
    return task -> {
      FormData form = FormData.of(task);
      boolean agrees = form.flag(CUSTOMER_AGREES);
      complaints.recordNegotiation(id(task, COMPLAINT_ID), agrees, form.takeText("customerRequest"), user(task));
      task.setVariable(CUSTOMER_AGREES, agrees);
    };
  }

  @Bean
  public TaskListener progressRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      boolean informed = form.flag("customerInformed");
      form.takeText("customerInformed");
      boolean done = form.flag(HANDLING_COMPLETED);
      complaints.recordProgress(id(task, COMPLAINT_ID), form.takeText("progressNote"), informed, done, user(task));
      task.setVariable(HANDLING_COMPLETED, done);
    };
  }

  /** Handling ended: the 48-hour result-feedback deadline starts. */
  @Bean
  public JavaDelegate startFeedbackDeadline() {
    return execution -> execution.setVariable(FEEDBACK_DEADLINE_ID,
        complaints.startFeedbackDeadline(id(execution, COMPLAINT_ID)).getId());
  }

  @Bean
  public TaskListener resultFedBack() {
    return task -> {
      FormData form = FormData.of(task);
      complaints.feedBack(id(task, COMPLAINT_ID), id(task, FEEDBACK_DEADLINE_ID), form.takeText("feedbackWay"),
          form.takeText("resultSummary"), user(task));
    };
  }

  @Bean
  public TaskListener verdictRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      boolean satisfied = form.flag(CUSTOMER_SATISFIED);
      int level = complaints.recordVerdict(id(task, COMPLAINT_ID), satisfied, number(form, "satisfactionScore"),
          form.takeText("customerComment"), user(task));
      task.setVariable(CUSTOMER_SATISFIED, satisfied);
      task.setVariable(ESCALATION_LEVEL, level);
    };
  }

  @Bean
  public TaskListener correctiveActionDefined() {
    return task -> {
      FormData form = FormData.of(task);
      complaints.defineAction(id(task, COMPLAINT_ID), form.takeText("correctiveAction"),
          form.takeText("preventiveAction"), form.takeText("actionOwner"), form.takeDate("actionDueDate"), user(task));
    };
  }

  @Bean
  public TaskListener recurrenceChecked() {
    return task -> {
      FormData form = FormData.of(task);
      boolean recurred = form.flag(RECURRED);
      complaints.checkRecurrence(id(task, COMPLAINT_ID), recurred, form.takeText("followUpNote"), user(task));
      task.setVariable(RECURRED, recurred);
    };
  }

  @Bean
  public JavaDelegate closeComplaint() {
    return execution -> complaints.close(id(execution, COMPLAINT_ID));
  }

  @Bean
  public TaskListener surveyRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      complaints.recordSurvey(id(task, COMPLAINT_ID), form.takeText("surveyWay"), number(form, "surveyScore"),
          form.takeText("surveyComment"), user(task));
    };
  }

  @Bean
  public TaskListener overdueSupervised() {
    return task -> {
      int level = task.getTaskDefinitionKey().startsWith("Task_SuperviseOverdueSenior") ? 2 : 1;
      complaints.recordSupervision(id(task, COMPLAINT_ID), level, FormData.of(task).takeText("superviseMeasures"),
          user(task));
    };
  }
}
