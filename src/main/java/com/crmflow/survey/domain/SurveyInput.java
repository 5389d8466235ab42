package com.crmflow.survey.domain;

import static com.crmflow.survey.domain.SurveyCodes.WAY_INTERVIEW;
import static com.crmflow.survey.domain.SurveyCodes.WAY_PHONE;
import static com.crmflow.survey.domain.SurveyCodes.WAY_QUESTIONNAIRE;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the owner records in the survey task (SPEC P7.1): the way, a 1–5 score per dimension and the customer's
 * comments. The overall score is null when the source step already asked it (it is not asked twice); that it is
 * required otherwise spans the survey's source and stays in {@link SatisfactionSurveys#record}.
 */
public record SurveyInput(
    @Label("调查方式") @NotBlank @OneOf({WAY_QUESTIONNAIRE, WAY_PHONE, WAY_INTERVIEW}) String way,
    @Label("质量") @NotNull @Min(1) @Max(5) Long quality,
    @Label("及时性") @NotNull @Min(1) @Max(5) Long timeliness,
    @Label("服务态度") @NotNull @Min(1) @Max(5) Long attitude,
    @Label("专业能力") @NotNull @Min(1) @Max(5) Long professionalism,
    @Label("总体满意度") @Min(1) @Max(5) Long overall,
    @Label("客户意见与建议") @Size(max = SatisfactionSurveys.MAX_TEXT) String comments) {}
