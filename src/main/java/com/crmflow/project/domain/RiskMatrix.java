package com.crmflow.project.domain;

import com.crmflow.platform.process.Engine;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Risk level from likelihood × impact, decided by the DMN table {@code risk-level} (processes/risk-level.dmn). */
@Component
public class RiskMatrix {

  public static final String DECISION_KEY = "risk-level";
  private final DecisionService decisionService;

  public RiskMatrix(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public String level(String likelihood, String impact) {
    return Engine.asSystem(() -> decisionService.evaluateDecisionTableByKey(DECISION_KEY,
            Variables.createVariables().putValue("likelihood", likelihood).putValue("impact", impact))
        .getSingleResult().getSingleEntry());
  }
}
