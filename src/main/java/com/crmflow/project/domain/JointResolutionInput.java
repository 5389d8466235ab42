package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the departments decided together on a customer opinion (000 §2(4).2). */
public record JointResolutionInput(@Label("联合解决方案及结果") @NotBlank @Size(max = 4000) String resolution) {}
