package com.crmflow.customer.grading;

import com.crmflow.customer.domain.Indicators;
import com.crmflow.platform.process.DeployedDecisions;
import com.crmflow.platform.process.DeployedDecisions.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The grading rules of processes/customer-grading.dmn: indicator scores, weights → composite score → grade A–D.
 * A run fixes the version when it starts ({@link #current}) and grades every customer with exactly that version.
 */
@Component
public class GradingRules {

  public static final String DECISION_KEY = "customer-grading";

  /** The grade and the composite score (0–100, two decimals). */
  public record Outcome(String grade, BigDecimal score) {}

  private final DeployedDecisions decisions;

  public GradingRules(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /** The version an administrator deployed last. */
  public Version current() {
    return decisions.latest(DECISION_KEY);
  }

  public Outcome grade(Version version, Indicators in) {
    DmnDecisionResultEntries row = decisions.evaluate(version, Variables.createVariables()
        .putValue("annualPurchaseAmount", in.annualPurchaseAmount())
        .putValue("purchaseFrequency", in.purchaseFrequency())
        .putValue("profitContribution", in.profitContribution())
        .putValue("cooperationYears", in.cooperationYears())
        .putValue("growthPotential", in.growthPotential())
        .putValue("marketInfluence", in.marketInfluence())).getSingleResult();
    if (row == null) {
      throw new IllegalStateException("customer-grading v" + version.version() + " gives no grade for " + in);
    }
    Number score = row.getEntry("score");
    return new Outcome(row.getEntry("grade"),
        BigDecimal.valueOf(score.doubleValue()).setScale(2, RoundingMode.HALF_UP));
  }
}
