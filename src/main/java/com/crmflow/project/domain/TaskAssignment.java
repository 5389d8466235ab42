package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The execution tasks the lead assigns in one go (000 §2(3).1): at least one. */
public record TaskAssignment(@Label("执行任务") @NotEmpty List<@Valid TaskInput> tasks) {}
