package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.Size;

/** A reviewer's verdict on the plan (000 §2(2).4); changes asked for need a comment (checked by the step). */
public record ReviewInput(
    @Label("审批结论") boolean approved,
    @Label("评审意见") @Size(max = 2000) String comment) {}
