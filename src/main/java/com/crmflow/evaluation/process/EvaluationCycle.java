package com.crmflow.evaluation.process;

import com.crmflow.evaluation.domain.QuarterlyEvaluations;
import org.springframework.stereotype.Component;

/**
 * The evaluation's cycle as the engine reads it: the timer start event of {@code owner-evaluation} says
 * {@code ${evaluationSettings.cycle}} (a bean name and a JavaBean property, which a settings record has neither of).
 */
@Component("evaluationSettings")
public class EvaluationCycle {

  private final QuarterlyEvaluations evaluations;

  public EvaluationCycle(QuarterlyEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  public String getCycle() {
    return evaluations.settings().cycle();
  }
}
