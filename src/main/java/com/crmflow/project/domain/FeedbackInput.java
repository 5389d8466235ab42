package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer's satisfaction (1 to 5) and feedback after acceptance, with improvement measures (000 §2(4).3, 002). */
public record FeedbackInput(
    @Label("客户满意度") @NotBlank @OneOf({"1", "2", "3", "4", "5"}) String satisfaction,
    @Label("客户反馈意见") @NotBlank @Size(max = 4000) String feedback,
    @Label("改进措施") @NotBlank @Size(max = 4000) String measures) {}
