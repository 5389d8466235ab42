package com.crmflow.customer.credit;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** crm-dept's risk measures for a rating below the threshold (form 「制定风险控制措施」, 003 §4.2). */
public record RiskMeasuresInput(
    @Label("风险控制措施") @NotBlank @OneOf({"deposit", "prepayment", "guarantee"}) String measure,
    @Label("措施说明") @NotBlank @Size(max = 4000) String description) {}
