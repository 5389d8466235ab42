package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the lead handled and answered a customer opinion, and whether other departments must help (000 §2(4).2). */
public record OpinionAnswer(
    @Label("处理及答复内容") @NotBlank @Size(max = 4000) String answer,
    @Label("是否需要多部门联合解决") boolean multiDepartment) {}
