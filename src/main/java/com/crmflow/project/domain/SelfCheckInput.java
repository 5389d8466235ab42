package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The lead's self-check (000 §2(5).1); a failed one names its findings and the tasks to redo (the step checks). */
public record SelfCheckInput(
    @Label("自查结论") boolean passed,
    @Label("自查发现") @Size(max = 4000) String findings,
    @Label("需返工的任务") List<String> reworkTaskIds) {}
