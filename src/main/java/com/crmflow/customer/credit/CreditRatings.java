package com.crmflow.customer.credit;

import java.util.List;
import java.util.Map;

/**
 * The credit rating scale (信用等级), best first: AAA 信用极好, AA 信用优良, A 信用较好, BBB 信用一般, BB 信用欠佳,
 * B 信用较差, C 信用很差 — the codes the form offers and {@link EvaluationInput} accepts.
 */
public final class CreditRatings {

  public static final List<String> CODES = List.of("AAA", "AA", "A", "BBB", "BB", "B", "C");
  public static final Map<String, String> LABELS = Map.of("AAA", "AAA 信用极好", "AA", "AA 信用优良", "A", "A 信用较好",
      "BBB", "BBB 信用一般", "BB", "BB 信用欠佳", "B", "B 信用较差", "C", "C 信用很差");
  /** deposit 保证金, prepayment 预付款, guarantee 担保. */
  public static final Map<String, String> MEASURES = Map.of("deposit", "保证金", "prepayment", "预付款",
      "guarantee", "担保");

  private CreditRatings() {}

  /** Whether {@code rating} is worse than {@code threshold} (the threshold itself is not below). */
  public static boolean below(String rating, String threshold) {
    return CODES.indexOf(rating) > CODES.indexOf(threshold);
  }

  public static String label(String rating) {
    return rating == null ? "未评估" : LABELS.getOrDefault(rating, rating);
  }
}
