package com.crmflow.project.domain;

import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The requirement meeting of a complex or important requirement (000 §2(1).2). */
public record MeetingInput(
    @Label("会议时间") @Size(max = 40) String meetingTime,
    @Label("参会部门及人员") @NotBlank @Size(max = 2000) String participants,
    @Label("会议纪要") @NotBlank @Size(max = 8000) String minutes) {}
