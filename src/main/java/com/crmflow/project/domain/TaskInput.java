package com.crmflow.project.domain;

import java.time.LocalDate;

/** A task the lead assigns: executor, requirements, due date, quality standard (000 §2(3).1). */
public record TaskInput(String title, String executor, String requirements, LocalDate dueDate,
    String qualityStandard) {}
