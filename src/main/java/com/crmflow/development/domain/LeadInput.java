package com.crmflow.development.domain;

import static com.crmflow.development.domain.LeadCodes.*;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A sales lead as captured (001 §2(1)): channel, basic information, needs and background. The referring employee
 * counts only for an employee referral, where it is required and must be a user ({@link LeadCapture}); the credit
 * code's check digit and the duplicate check are the customer feature's.
 */
public record LeadInput(
    @Label("线索来源") @NotBlank @OneOf({MARKET_RESEARCH, ONLINE, PARTNER_REFERRAL, EMPLOYEE_REFERRAL}) String channel,
    @Label("推荐员工") @Size(max = 64) String referrer,
    @Label("公司名称") @NotBlank @Size(max = 200) String companyName,
    @Label("统一社会信用代码") @Size(max = 18) String creditCode,
    @Label("所属行业") @NotBlank @Size(max = 100) String industry,
    @Label("企业规模") @NotBlank @OneOf({"micro", "small", "medium", "large"}) String scale,
    @Label("需求信息") @NotBlank @Size(max = 4000) String needs,
    @Label("背景信息") @Size(max = 4000) String background) {}
