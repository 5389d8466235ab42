package com.crmflow.evaluation.domain;

import com.crmflow.platform.process.DeployedDecisions;
import com.crmflow.platform.process.DeployedDecisions.Version;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * processes/owner-evaluation.dmn (季度考核奖惩建议, SPEC P7.3): the proposals of an owner's quarter and of each grade
 * change of the owner's customers, evaluated in memory with the latest deployed version (HR changes the table in
 * Camunda Modeler).
 */
@Component
public class EvaluationRules {

  public static final String DECISION_KEY = "owner-evaluation";
  public static final String EVENT_QUARTER = "quarter";
  public static final String EVENT_GRADE_CHANGE = "grade-change";

  /** One proposal of the table: REWARD or PENALTY_REVIEW, the reason's code and its Chinese text. */
  public record Proposal(String kind, String reasonCode, String reason) {}

  private final DeployedDecisions decisions;

  public EvaluationRules(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  public Version latest() {
    return decisions.latest(DECISION_KEY);
  }

  /** The proposals of an owner's satisfaction rates (percent; null without surveys in that quarter). */
  public List<Proposal> ofQuarter(Version version, BigDecimal satisfactionRate, BigDecimal previousRate) {
    return proposals(decisions.evaluate(version, variables(EVENT_QUARTER, satisfactionRate, previousRate, null,
        null)));
  }

  /** The proposals of one grade change (previousGrade null: the customer's first grade). */
  public List<Proposal> ofGradeChange(Version version, String previousGrade, String newGrade) {
    return proposals(decisions.evaluate(version, variables(EVENT_GRADE_CHANGE, null, null, previousGrade,
        newGrade)));
  }

  public static VariableMap variables(String event, BigDecimal rate, BigDecimal previousRate, String previousGrade,
      String newGrade) {
    return Variables.createVariables().putValue("event", event)
        .putValue("satisfactionRate", rate == null ? null : rate.doubleValue())
        .putValue("previousSatisfactionRate", previousRate == null ? null : previousRate.doubleValue())
        .putValue("previousGrade", previousGrade).putValue("newGrade", newGrade);
  }

  public static List<Proposal> proposals(DmnDecisionResult result) {
    return result.getResultList().stream().map(row -> new Proposal((String) row.get("proposalKind"),
        (String) row.get("reasonCode"), (String) row.get("reason"))).toList();
  }
}
