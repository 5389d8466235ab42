package com.crmflow.survey.process;

import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;
import static com.crmflow.survey.domain.SurveyCodes.SOURCE_STEPS;
import static com.crmflow.survey.domain.SurveyCodes.TRIGGERS;
import static com.crmflow.survey.domain.SurveyCodes.WAYS;
import static com.crmflow.survey.domain.SurveyCodes.label;
import static com.crmflow.survey.process.SurveyVariables.*;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.Engine;
import com.crmflow.survey.domain.SatisfactionSurvey;
import com.crmflow.survey.domain.SatisfactionSurveys;
import com.crmflow.survey.domain.SatisfactionSurveys.ImprovementInput;
import com.crmflow.survey.domain.SurveyInput;
import com.crmflow.survey.process.form.SatisfactionSurveyForm;
import com.crmflow.survey.process.form.SatisfactionSurveyImprovementForm;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners named in {@code processes/satisfaction-survey.bpmn}. Each is thin: it takes what the
 * form submitted out of the process variables, calls {@link SatisfactionSurveys} and leaves the routing flag
 * {@code lowScore}.
 */
@Configuration
public class SurveyProcessBindings {

  private final SatisfactionSurveys surveys;
  private final SurveyTasks tasks;

  public SurveyProcessBindings(SatisfactionSurveys surveys, SurveyTasks tasks) {
    this.surveys = surveys;
    this.tasks = tasks;
  }

  /** The survey of this instance: the {@code surveyId} variable checked against the record's process instance. */
  private Long surveyId(VariableScope scope) {
    return surveys.boundTo(idVariable(scope, SURVEY_ID), Engine.processInstanceId(scope)).getId();
  }

  /** The owner recorded the survey: the scores go to crm_survey; a low score routes to the improvement task. */
  @Bean
  public TaskListener satisfactionSurveyRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      SurveyInput in = new SurveyInput(SatisfactionSurveyForm.way(form), SatisfactionSurveyForm.quality(form),
          SatisfactionSurveyForm.timeliness(form), SatisfactionSurveyForm.attitude(form),
          SatisfactionSurveyForm.professionalism(form), SatisfactionSurveyForm.overall(form),
          SatisfactionSurveyForm.comments(form));
      LOW_SCORE.on(task).set(surveys.record(surveyId(task), in, actor(task)));
    };
  }

  /** A low score: the improvement task goes to the owner's managers (or crm-dept), due on the working calendar. */
  @Bean
  public JavaDelegate openSurveyImprovement() {
    return execution -> {
      Long id = surveyId(execution);
      surveys.openImprovement(id, tasks.managersOf(surveys.get(id).getOwner()));
    };
  }

  @Bean
  public TaskListener surveyImprovementDone() {
    return task -> {
      FormData form = FormData.of(task);
      surveys.completeImprovement(surveyId(task), new ImprovementInput(
          SatisfactionSurveyImprovementForm.improvementOutcome(form),
          SatisfactionSurveyImprovementForm.improvementMeasures(form)), actor(task));
    };
  }

  /**
   * Start of the instance: the survey is bound to it before its first task is created. Only the system starts
   * satisfaction-survey instances ({@link SurveyStarter}; no group may start it), and a survey bound to another
   * instance is refused.
   */
  @Bean
  public ExecutionListener surveyInstanceStarted() {
    return execution -> surveys.attachProcess(idVariable(execution, SURVEY_ID), execution.getProcessInstanceId());
  }

  /** The instance ended with the survey still open (cancelled in Cockpit): the survey is cancelled. */
  @Bean
  public ExecutionListener surveyInstanceEnded() {
    return execution -> {
      Long id = idVariable(execution, SURVEY_ID);
      if (id != null && SatisfactionSurveys.isBoundTo(surveys.get(id), execution.getProcessInstanceId())) {
        surveys.cancelIfOpen(id);
      }
    };
  }

  /**
   * Create listener of both user tasks: the Markdown summary ({@code context}) at the top of the form — the
   * customer, what started the survey, the overall score the source already asked; on the improvement task the
   * scores and comments. No contact data.
   */
  @Bean
  public TaskListener surveyContext() {
    return task -> {
      SatisfactionSurvey s = surveys.boundTo(idVariable(task, SURVEY_ID), task.getProcessInstanceId());
      Customer c = surveys.customer(s);
      StringBuilder md = new StringBuilder("**满意度调查 ").append(s.getSurveyNumber()).append("**\n\n");
      md.append("- 客户：").append(c.getName()).append("（").append(c.getGrade() == null ? "未分级" : c.getGrade() + " 级")
          .append("）\n");
      md.append("- 调查起因：").append(label(TRIGGERS, s.getTriggerKind())).append("（").append(s.getSourceRef())
          .append("）\n");
      md.append("- 客户负责人：").append(s.getOwner() == null ? "—" : s.getOwner()).append('\n');
      if (s.getSourceScore() != null) {
        md.append("- 总体满意度：").append(s.getSourceScore()).append("/5（已在").append(label(SOURCE_STEPS,
            s.getTriggerKind())).append("中记录，不再重复询问）\n");
      }
      if (TASK_IMPROVEMENT.equals(task.getTaskDefinitionKey())) {
        md.append("\n**调查结果**（").append(label(WAYS, s.getWay())).append("，").append(s.getSurveyedBy())
            .append("）：总体 ").append(s.getOverallScore()).append("/5 · 质量 ").append(s.getQualityScore())
            .append(" · 及时性 ").append(s.getTimelinessScore()).append(" · 服务态度 ").append(s.getAttitudeScore())
            .append(" · 专业能力 ").append(s.getProfessionalismScore()).append('\n');
        if (s.getComments() != null) {
          md.append("\n客户意见与建议：").append(s.getComments()).append('\n');
        }
      }
      CONTEXT.on(task).setLocal(md.toString());
    };
  }
}
