package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.Size;

/**
 * The executor's report on an execution task (000 §2(3).2): a problem for the lead, or the result. Which of the two
 * is required depends on {@code problemReported} (checked by the step).
 */
public record WorkInput(
    @Label("是否遇到问题") boolean problemReported,
    @Label("问题或困难说明") @Size(max = 4000) String problemDescription,
    @Label("完成情况") @Size(max = 4000) String result) {}
