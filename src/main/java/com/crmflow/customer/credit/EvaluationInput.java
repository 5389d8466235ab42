package com.crmflow.customer.credit;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Finance's credit evaluation (form 「评估客户信用」): rating ({@link CreditRatings}), credit limit in yuan, the
 * evidence it rests on, and the day it is valid until (after today: checked by {@link CreditEvaluations}).
 */
public record EvaluationInput(
    @Label("信用等级") @NotBlank @OneOf({"AAA", "AA", "A", "BBB", "BB", "B", "C"}) String rating,
    @Label("信用额度（元）") @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal creditLimit,
    @Label("评估依据") @NotBlank @Size(max = 4000) String evidence,
    @Label("有效期至") @NotNull LocalDate validUntil) {}
