package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The lead applies for acceptance with the result report (000 §2(5).2). */
public record AcceptanceApplication(
    @Label("项目成果报告") @NotBlank @Size(max = 8000) String resultReport,
    @Label("相关文档") @Size(max = 4000) String documents) {}
