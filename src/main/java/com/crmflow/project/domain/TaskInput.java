package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A task the lead assigns: executor, requirements, due date, quality standard (000 §2(3).1). */
public record TaskInput(
    @Label("任务名称") @NotBlank @Size(max = 200) String title,
    @Label("执行人员") @NotBlank @Size(max = 64) String executor,
    @Label("任务要求") @NotBlank @Size(max = 4000) String requirements,
    @Label("完成时间") @NotNull LocalDate dueDate,
    @Label("质量标准") @NotBlank @Size(max = 2000) String qualityStandard) {}
