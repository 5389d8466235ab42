package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer confirms the plan or asks for changes (002 service flow 4); changes need a note (the step checks). */
public record ConfirmationInput(
    @Label("客户确认人") @NotBlank @Size(max = 100) String contact,
    @Label("客户确认结论") boolean confirmed,
    @Label("客户的修改要求") @Size(max = 4000) String note) {}
