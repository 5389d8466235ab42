package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A progress report to the customer (000 §2(4).1). */
public record ProgressInput(
    @Label("工作进展") @NotBlank @Size(max = 4000) String summary,
    @Label("存在问题") @Size(max = 4000) String issues,
    @Label("下一步计划") @Size(max = 4000) String nextSteps) {}
