package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What was rectified after a failed acceptance (000 §2(5).3). */
public record RectificationInput(@Label("整改措施及结果") @NotBlank @Size(max = 4000) String rectification) {}
