package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An opinion the customer gave during the project (000 §2(4).2; {@code POST /api/projects/{number}/opinions}). */
public record OpinionInput(
    @Label("意见内容") @NotBlank @Size(max = 4000) String content,
    @Label("意见来源渠道") @NotBlank @OneOf({"phone", "email", "visit", "online", "meeting", "other"}) String channel) {}
