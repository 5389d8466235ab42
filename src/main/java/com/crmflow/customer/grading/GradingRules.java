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
 * The grading rules of processes/customer-grading.dmn: indicator scores, weights → composite score → grade A–D; for a
 * prospect with an assessed intention, scale, industry and intention → grade A–D (decision prospect-grading).
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

  /**
   * A prospect's criteria (SPEC P3.1; 001 §3(1)): the intention assessed at a visit (strong, some, unclear, none), the
   * company's scale (micro, small, medium, large, or unknown) and its industry as written in the archive.
   */
  public record Prospect(String intention, String scale, String industry) {

    /** These criteria with the archive's scale and industry where it has them (they come first, SPEC P3.1). */
    public Prospect withArchive(String archiveScale, String archiveIndustry) {
      return new Prospect(intention, archiveScale != null ? archiveScale : scale,
          archiveIndustry != null ? archiveIndustry : industry);
    }
  }

  /** A customer graded by its six indicators (the periodic and the major-change regrading): no prospect criteria. */
  public Outcome grade(Version version, Indicators in) {
    return evaluate(version, in, new Prospect(null, null, null));
  }

  /**
   * A lead's customer (潜在客户) graded with the prospect criteria: with an assessed intention the decision
   * prospect-grading gives the grade, the composite score of its indicators is kept for information.
   */
  public Outcome gradeProspect(Version version, Indicators in, Prospect prospect) {
    if (prospect.intention() == null) {
      throw new IllegalArgumentException("A prospect is graded only with an assessed intention");
    }
    return evaluate(version, in, prospect);
  }

  private Outcome evaluate(Version version, Indicators in, Prospect prospect) {
    DmnDecisionResultEntries row = decisions.evaluate(version, Variables.createVariables()
        .putValue("annualPurchaseAmount", in.annualPurchaseAmount())
        .putValue("purchaseFrequency", in.purchaseFrequency())
        .putValue("profitContribution", in.profitContribution())
        .putValue("cooperationYears", in.cooperationYears())
        .putValue("growthPotential", in.growthPotential())
        .putValue("marketInfluence", in.marketInfluence())
        .putValue("intention", prospect.intention())
        .putValue("scale", prospect.scale())
        .putValue("industry", prospect.industry())).getSingleResult();
    if (row == null || row.getEntry("grade") == null) {
      throw new IllegalStateException("customer-grading v" + version.version() + " gives no grade for " + in
          + " " + prospect);
    }
    Number score = row.getEntry("score");
    return new Outcome(row.getEntry("grade"),
        BigDecimal.valueOf(score.doubleValue()).setScale(2, RoundingMode.HALF_UP));
  }
}
