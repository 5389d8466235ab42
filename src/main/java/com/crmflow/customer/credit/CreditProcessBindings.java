package com.crmflow.customer.credit;

import static com.crmflow.customer.credit.CreditVariables.*;
import static com.crmflow.platform.process.Engine.actor;
import static com.crmflow.platform.process.Engine.idVariable;

import com.crmflow.customer.credit.form.CreditEvaluationForm;
import com.crmflow.customer.credit.form.CreditRiskMeasuresForm;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.Engine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners and delegates of {@code processes/credit-evaluation.bpmn} ({@code ${beanName}}): each reads the
 * submitted form through its generated reader and calls one step of {@link CreditEvaluations}. The evaluation is
 * the one bound to this process instance, whatever id a variable holds; the actor is the user who completes the
 * task, never a submitted variable; the routing flags are set from the step's result, never from the form.
 */
@Configuration
public class CreditProcessBindings {

  private final CreditEvaluations evaluations;

  public CreditProcessBindings(CreditEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  /** The evaluation of this instance (an id rewritten to another evaluation is refused). */
  Long evaluationId(VariableScope scope) {
    return evaluations.boundTo(idVariable(scope, EVALUATION_ID), Engine.processInstanceId(scope)).getId();
  }

  /**
   * End listener of the start event: the evaluation the instance was started for (by {@link CreditStarter}) is
   * bound to it before its first task opens.
   */
  @Bean
  public ExecutionListener creditEvaluationStarted() {
    return execution -> evaluations.attachProcess(idVariable(execution, EVALUATION_ID),
        execution.getProcessInstanceId());
  }

  /** 评估客户信用 completed: finance's rating; whether crm-dept must set risk measures. */
  @Bean
  public TaskListener creditEvaluated() {
    return task -> {
      FormData form = FormData.of(task);
      boolean measuresNeeded = evaluations.evaluate(evaluationId(task), new EvaluationInput(
          CreditEvaluationForm.rating(form), CreditEvaluationForm.creditLimit(form),
          CreditEvaluationForm.evidence(form), CreditEvaluationForm.validUntil(form)), actor(task));
      RISK_MEASURES_NEEDED.on(task).set(measuresNeeded);
    };
  }

  /** 制定风险控制措施 completed: crm-dept's measures. */
  @Bean
  public TaskListener riskMeasuresRecorded() {
    return task -> {
      FormData form = FormData.of(task);
      evaluations.recordRiskMeasures(evaluationId(task), new RiskMeasuresInput(CreditRiskMeasuresForm.measure(form),
          CreditRiskMeasuresForm.description(form)), actor(task));
    };
  }

  /** 评估生效: the customer's current evaluation (refused without the risk measures a low rating needs). */
  @Bean
  public JavaDelegate creditEvaluationApplied() {
    return execution -> evaluations.complete(evaluationId(execution));
  }

  /** 发起重新评估: the lapsed evaluation's re-evaluation becomes this instance's evaluation. */
  @Bean
  public JavaDelegate creditReevaluation() {
    return execution -> {
      var next = evaluations.lapse(evaluationId(execution));
      next.ifPresent(e -> {
        evaluations.attachProcess(e.getId(), execution.getProcessInstanceId());
        EVALUATION_ID.on(execution).set(e.getId());
      });
      REEVALUATION_OPENED.on(execution).set(next.isPresent());
    };
  }
}
