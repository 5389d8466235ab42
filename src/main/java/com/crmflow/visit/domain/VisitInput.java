package com.crmflow.visit.domain;

import static com.crmflow.visit.domain.VisitCodes.WAY_EMAIL;
import static com.crmflow.visit.domain.VisitCodes.WAY_ON_SITE;
import static com.crmflow.visit.domain.VisitCodes.WAY_PHONE;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the owner records in the visit task (001 §5(1).2–3), with its rules ({@link VisitRecording#record} checks
 * them with {@code Inputs.valid}). The issues count only when "客户提出问题" is ticked, the complaint fields only when
 * "客户提出投诉" is: otherwise they are dropped here. That a ticked box needs its issues / complaint content spans
 * fields and stays in the step, as do the date against today and the cycle, the departments (configuration) and
 * the complaint's codes (the complaint feature's).
 */
public record VisitInput(
    @Label("回访方式") @NotBlank @OneOf({WAY_PHONE, WAY_EMAIL, WAY_ON_SITE}) String way,
    @Label("回访日期") @NotNull LocalDate visitDate,
    @Label("项目进展") @NotBlank @Size(max = VisitRecording.MAX_TEXT) String projectProgress,
    @Label("满意度") @NotNull @Min(1) @Max(5) Long satisfaction,
    @Label("需求变化") @Size(max = VisitRecording.MAX_TEXT) String changedNeeds,
    @Label("客户意见和建议") @Size(max = VisitRecording.MAX_TEXT) String opinions,
    boolean issuesRaised,
    @Label("问题") @Size(max = VisitRecording.MAX_ISSUES) List<@Valid IssueInput> issues,
    boolean complaintRaised,
    @Label("投诉内容") @Size(max = VisitRecording.MAX_TEXT) String complaintContent,
    @Label("投诉类别") String complaintCategory,
    @Label("严重程度") String complaintSeverity) {

  public VisitInput {
    issues = issuesRaised && issues != null ? issues : List.of();
    if (!complaintRaised) {
      complaintContent = null;
      complaintCategory = null;
      complaintSeverity = null;
    }
  }

  /** One issue raised in the visit and the department responsible for it. */
  public record IssueInput(
      @Label("责任部门") @NotBlank String department,
      @Label("问题描述") @NotBlank @Size(max = VisitRecording.MAX_TEXT) String issue) {}
}
