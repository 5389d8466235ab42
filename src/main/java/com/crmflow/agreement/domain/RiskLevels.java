package com.crmflow.agreement.domain;

/** Risk level (low/medium/high) from likelihood × impact (the risk matrix, processes/risk-level.dmn in production). */
@FunctionalInterface
public interface RiskLevels {

  String level(String likelihood, String impact);
}
