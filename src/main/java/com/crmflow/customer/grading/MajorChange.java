package com.crmflow.customer.grading;

import com.crmflow.customer.domain.Indicators;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A major change reported by the owner (003 §3.5): the customer, what kind of change, what happened, and new
 * indicator values if any (their rules are those of {@link Indicators}, checked where they are stored).
 */
public record MajorChange(
    @Label("客户编号") @NotNull Long customerId,
    @Label("变化类型") @NotBlank @OneOf({"merger", "strategy-change", "credit-risk", "other"}) String changeType,
    @Label("变化说明") @NotBlank @Size(max = 4000) String description,
    Indicators indicators) {

  /** The change types with their labels, in the order the form offers them. */
  public static final Map<String, String> TYPES;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("merger", "企业并购");
    m.put("strategy-change", "重大战略调整");
    m.put("credit-risk", "信用风险");
    m.put("other", "其他重大变化");
    TYPES = Collections.unmodifiableMap(m);
  }

  /** The description trimmed. */
  public MajorChange normalized() {
    return new MajorChange(customerId, changeType, description == null ? null : description.trim(), indicators);
  }
}
