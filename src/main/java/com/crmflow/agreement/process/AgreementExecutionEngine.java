package com.crmflow.agreement.process;

import com.crmflow.agreement.domain.GroupMembership;
import com.crmflow.agreement.domain.RiskLevels;
import com.crmflow.platform.process.Engine;
import java.util.Collection;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the execution's steps ask the engine: group membership (identity service) and the risk level of the risk
 * matrix {@code processes/risk-level.dmn} (likelihood × impact, the same table as the project's risks).
 */
@Component
public class AgreementExecutionEngine implements GroupMembership, RiskLevels {

  public static final String RISK_DECISION = "risk-level";

  private final IdentityService identityService;
  private final DecisionService decisionService;

  public AgreementExecutionEngine(@Lazy IdentityService identityService, @Lazy DecisionService decisionService) {
    this.identityService = identityService;
    this.decisionService = decisionService;
  }

  @Override
  public boolean isMemberOfAny(String userId, Collection<String> groupIds) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    String user = userId.trim();
    return groupIds.stream().anyMatch(group -> Engine.asSystem(() -> identityService.createUserQuery().userId(user)
        .memberOfGroup(group).count()) > 0);
  }

  @Override
  public String level(String likelihood, String impact) {
    return Engine.asSystem(() -> decisionService.evaluateDecisionTableByKey(RISK_DECISION,
            Variables.createVariables().putValue("likelihood", likelihood).putValue("impact", impact))
        .getSingleResult().getSingleEntry());
  }
}
