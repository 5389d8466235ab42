package com.crmflow.customer.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;

/** 负责人变更: the new owner (a user id) and why. The reason is kept to 500 characters. */
public record OwnerChangeInput(
    @Label("新责任人") @NotBlank(message = "不能为空：客户必须有一名责任人") String owner,
    @Label("变更原因") @NotBlank(message = "不能为空：请说明变更责任人的原因") String reason) {}
