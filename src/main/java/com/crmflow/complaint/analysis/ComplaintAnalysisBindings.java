package com.crmflow.complaint.analysis;

import static com.crmflow.complaint.analysis.ComplaintAnalysisVariables.*;

import com.crmflow.complaint.domain.ComplaintReport;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.crmflow.complaint.analysis.form.ComplaintAnalysisStartForm;
import com.crmflow.complaint.analysis.form.ComplaintImprovementForm;

/**
 * The delegates and the task listener named in {@code processes/complaint-analysis.bpmn}. Thin: they read the
 * form values (taking them out of the process variables), call {@link ComplaintReportService}, and leave the
 * process only the report's id.
 */
@Configuration
public class ComplaintAnalysisBindings {

  private final ComplaintReportService reports;

  public ComplaintAnalysisBindings(ComplaintReportService reports) {
    this.reports = reports;
  }

  /** What the model reads of {@link ComplaintAnalysisSettings}, as a bean property. */
  public record ModelSettings(String cycle) {

    public String getCycle() {
      return cycle;
    }
  }

  /**
   * The timer start of {@code complaint-analysis-monthly} reads {@code ${complaintAnalysisSettings.cycle}}: the
   * settings under the name the model (also every deployed version of it) uses.
   */
  @Bean
  public ModelSettings complaintAnalysisSettings(ComplaintAnalysisSettings settings) {
    return new ModelSettings(settings.analysisCycle());
  }

  /**
   * Message end event 发起每月投诉分析 of {@code complaint-analysis-monthly} (fired by its timer): starts
   * {@code complaint-analysis} at 每月投诉分析, in the same transaction.
   */
  @Bean
  public JavaDelegate startMonthlyComplaintAnalysis() {
    return execution -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE_MONTHLY).correlateStartMessage();
  }

  /**
   * 统计投诉数据: the period of the start form, or — started monthly by message — the previous calendar month;
   * stores the report and names the instance after the period (business key ANA-2026-11).
   */
  @Bean
  public JavaDelegate compileComplaintStatistics() {
    return execution -> {
      FormData form = FormData.of(execution);
      LocalDate from = ComplaintAnalysisStartForm.periodFrom(form);
      LocalDate to = ComplaintAnalysisStartForm.periodTo(form);
      if (from == null && to == null) {
        YearMonth month = reports.previousMonth();
        from = month.atDay(1);
        to = month.atEndOfMonth();
      }
      ComplaintReport report = reports.create(from, to, execution.getProcessInstanceId());
      execution.setProcessBusinessKey(businessKey(from, to));
      REPORT_ID.on(execution).set(report.getId());
    };
  }

  /** Create listener of 制定投诉改进措施: the report's figures as Markdown in the task-local {@code context}. */
  @Bean
  public TaskListener complaintAnalysisContext() {
    return task -> CONTEXT.on(task).setLocal(reports.summary(reportId(task)));
  }

  /** 保存改进措施: the measures and departments of the form, and who recorded them. */
  @Bean
  public JavaDelegate saveComplaintImprovements() {
    return execution -> {
      FormData form = FormData.of(execution);
      reports.recordImprovements(reportId(execution), ComplaintImprovementForm.improvementMeasures(form),
          ComplaintImprovementForm.responsibleDepartments(form), recorder(execution));
    };
  }

  /** ANA-2026-11 for a calendar month, otherwise ANA-20261101-20261115. */
  static String businessKey(LocalDate from, LocalDate to) {
    YearMonth month = YearMonth.from(from);
    if (from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth())) {
      return String.format("ANA-%d-%02d", month.getYear(), month.getMonthValue());
    }
    return "ANA-" + from.toString().replace("-", "") + "-" + to.toString().replace("-", "");
  }

  /** The report of this instance: the {@code reportId} variable checked against the report's process instance. */
  private Long reportId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    Long id = Engine.idVariable(scope, REPORT_ID);
    if (id == null) {
      throw new BusinessRuleException("流程缺少投诉分析报告编号（reportId）");
    }
    return reports.boundTo(id, Engine.processInstanceId(scope)).getId();
  }

  /**
   * The user completing the improvement task (authenticated), else the task's assignee (the task's end is not yet
   * written to the history tables while its completion runs, so the latest instance of the task is asked).
   */
  private static String recorder(DelegateExecution execution) {
    var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return Engine.asSystem(() -> execution.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_RECORD_IMPROVEMENTS).orderByHistoricActivityInstanceStartTime().desc()
        .list().stream().map(HistoricTaskInstance::getAssignee).filter(a -> a != null).findFirst().orElse(null));
  }
}
