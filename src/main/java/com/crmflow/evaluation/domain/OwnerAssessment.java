package com.crmflow.evaluation.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The attitude and teamwork of one owner (1–5), recorded with the decision as appraisal input (000 §3(3)). */
public record OwnerAssessment(
    @Label("客户负责人") @NotBlank String owner,
    @Label("工作态度") @NotNull @Min(1) @Max(5) Long attitude,
    @Label("团队协作") @NotNull @Min(1) @Max(5) Long teamwork) {}
