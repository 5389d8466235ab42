package com.crmflow.customer.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * The grading indicators of a customer (003 §3.2): annual purchase amount and profit contribution in 万元,
 * purchase frequency in orders per year, years of cooperation, growth potential and market influence 1–5.
 * Any of them may be unknown (null). The rules apply where indicators are stored
 * ({@link CustomerGrades#updateIndicators}); the profit contribution has none there.
 */
public record Indicators(
    @Label("年度采购额") @DecimalMin(value = "0", message = "不能为负数") BigDecimal annualPurchaseAmount,
    @Label("采购频率") @Min(value = 0, message = "不能为负数") Integer purchaseFrequency,
    @Label("利润贡献") BigDecimal profitContribution,
    @Label("合作年限") @Min(value = 0, message = "不能为负数") Integer cooperationYears,
    @Label("发展潜力") @Min(value = 1, message = RANGE) @Max(value = 5, message = RANGE) Integer growthPotential,
    @Label("市场影响力") @Min(value = 1, message = RANGE) @Max(value = 5, message = RANGE) Integer marketInfluence) {

  static final String RANGE = "应在 1 到 5 之间：${validatedValue}";

  public static Indicators of(Customer c) {
    return new Indicators(c.getAnnualPurchaseAmount(), c.getPurchaseFrequency(), c.getProfitContribution(),
        c.getCooperationYears(), c.getGrowthPotential(), c.getMarketInfluence());
  }

  /** This, with every value the other one has replacing the current one. */
  public Indicators updatedBy(Indicators other) {
    return new Indicators(
        other.annualPurchaseAmount != null ? other.annualPurchaseAmount : annualPurchaseAmount,
        other.purchaseFrequency != null ? other.purchaseFrequency : purchaseFrequency,
        other.profitContribution != null ? other.profitContribution : profitContribution,
        other.cooperationYears != null ? other.cooperationYears : cooperationYears,
        other.growthPotential != null ? other.growthPotential : growthPotential,
        other.marketInfluence != null ? other.marketInfluence : marketInfluence);
  }

  public boolean isEmpty() {
    return annualPurchaseAmount == null && purchaseFrequency == null && profitContribution == null
        && cooperationYears == null && growthPotential == null && marketInfluence == null;
  }

  /** 采购额 600 万元 · 频率 12 次/年 · 利润 120 万元 · 合作 6 年 · 潜力 4 · 影响力 3 (— for unknown). */
  public String describe() {
    return "采购额 " + amount(annualPurchaseAmount) + " 万元 · 频率 " + value(purchaseFrequency) + " 次/年 · 利润 "
        + amount(profitContribution) + " 万元 · 合作 " + value(cooperationYears) + " 年 · 潜力 " + value(growthPotential)
        + " · 影响力 " + value(marketInfluence);
  }

  private static String amount(BigDecimal v) {
    return v == null ? "—" : v.stripTrailingZeros().toPlainString();
  }

  private static String value(Integer v) {
    return v == null ? "—" : v.toString();
  }
}
