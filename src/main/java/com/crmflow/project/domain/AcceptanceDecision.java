package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The customer's acceptance (000 §2(5).3): quality, quantity, delivery time and service level each pass or fail;
 * the verdict must agree with them, and needs a signer (pass) or the customer's opinion (fail) — checked by the step.
 */
public record AcceptanceDecision(
    @Label("成果质量") @NotBlank @OneOf({"pass", "fail"}) String quality,
    @Label("成果数量") @NotBlank @OneOf({"pass", "fail"}) String quantity,
    @Label("交付时间") @NotBlank @OneOf({"pass", "fail"}) String deliveryTime,
    @Label("服务水平") @NotBlank @OneOf({"pass", "fail"}) String serviceLevel,
    @Label("验收结论") boolean passed,
    @Label("客户意见") @Size(max = 4000) String customerOpinion,
    @Label("《项目验收报告》签署人") @Size(max = 100) String signerName) {}
