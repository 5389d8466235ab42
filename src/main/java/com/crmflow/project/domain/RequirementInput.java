package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A customer requirement as the account manager registers it (000 §2(1).1; the start form 「收到客户需求」 and
 * {@code POST /api/projects}) for a customer already in the archive (003 §2: one archive — the intake picks the
 * customer, it never creates one). Complexity: 一般 (normal), 复杂 (complex), 重要 (important) — the options of the form.
 */
public record RequirementInput(
    @Label("客户") @NotNull Long customerId,
    @Label("需求名称") @NotBlank @Size(max = 200) String title,
    @Label("需求详细内容") @NotBlank @Size(max = 4000) String details,
    @Label("需求背景") @Size(max = 4000) String background,
    @Label("需求目标") @Size(max = 4000) String objectives,
    @Label("要求完成时间") LocalDate requiredBy,
    @Label("需求复杂程度") @NotBlank @OneOf({"normal", "complex", "important"}) String complexity) {}
