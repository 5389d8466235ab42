package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the lead solved the problem an executor reported (000 §2(3).3). */
public record CoordinationInput(@Label("协调处理结果") @NotBlank @Size(max = 4000) String resolution) {}
