package com.crmflow.customer.grading;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.Size;

/** 客户交接: the new owner confirms the handover, with an optional note. */
public record HandoverConfirmation(@Label("交接说明") @Size(max = 2000) String handoverNote) {}
