package com.crmflow.customer.domain;

import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything a client may set on a customer (客户档案), with the rules of each field. {@link CustomerArchive} checks
 * the {@link #normalized()} input with {@code Inputs.valid}; the rules that need other fields or the database (an
 * ACTIVE customer has an owner who is a user, a valid credit code check digit, contact names unique) are its code.
 * Amounts in 万元 with at most two decimals.
 */
public record CustomerInput(
    @Label("客户名称") @NotBlank @Size(max = 200) String name,
    @Label("统一社会信用代码") String creditCode,
    @Label("地址") @Size(max = 500) String address,
    @Label("行业") @Size(max = 100) String industry,
    @Label("企业规模") @OneOf({"micro", "small", "medium", "large"}) String scale,
    @Label("经营范围") @Size(max = 2000) String businessScope,
    @Label("客户负责人") @Size(max = 64) String owner,
    @Label("客户状态") @NotBlank @OneOf({Customer.STATUS_ACTIVE, CustomerFields.INACTIVE}) String status,
    @Label("客户等级") @OneOf({"A", "B", "C", "D"}) String grade,
    @Label("信用等级") @Size(max = 10) String creditRating,
    @Label("年采购额") @DecimalMin(value = "0", message = "不能为负数") @Digits(integer = 16, fraction = 2)
    BigDecimal annualPurchaseAmount,
    @Label("采购频率") @Min(0) @Max(1_000_000) Integer purchaseFrequency,
    @Label("利润贡献") @DecimalMin(value = "0", message = "不能为负数") @Digits(integer = 16, fraction = 2)
    BigDecimal profitContribution,
    @Label("合作年限") @Min(0) @Max(200) Integer cooperationYears,
    @Label("发展潜力") @Min(1) @Max(5) Integer growthPotential,
    @Label("市场影响力") @Min(1) @Max(5) Integer marketInfluence,
    @Label("下次回访日期") LocalDate nextVisitDate,
    @Label("联系人") @Size(max = CustomerFields.MAX_CONTACTS, message = "最多 {max} 位") List<ContactInput> contacts) {

  /**
   * The stored form: the name canonical ({@link CustomerFields#canonicalName}), the credit code normalized, texts
   * trimmed with blanks as null, status upper case and ACTIVE when not given, the grade upper case, no contacts as an
   * empty list (a null contact stays null: the archive refuses it naming its row).
   */
  public CustomerInput normalized() {
    String st = CustomerFields.text(status);
    String g = CustomerFields.text(grade);
    return new CustomerInput(CustomerFields.canonicalName(name), CreditCode.normalize(creditCode),
        CustomerFields.text(address), CustomerFields.text(industry), CustomerFields.text(scale),
        CustomerFields.text(businessScope), CustomerFields.text(owner),
        st == null ? Customer.STATUS_ACTIVE : st.toUpperCase(Locale.ROOT), g == null ? null : g.toUpperCase(Locale.ROOT),
        CustomerFields.text(creditRating), annualPurchaseAmount, purchaseFrequency, profitContribution,
        cooperationYears, growthPotential, marketInfluence, nextVisitDate,
        contacts == null ? List.of() : contacts.stream().map(c -> c == null ? null : c.normalized()).toList());
  }

  /** The same input with these contacts. */
  public CustomerInput withContacts(List<ContactInput> list) {
    return new CustomerInput(name, creditCode, address, industry, scale, businessScope, owner, status, grade,
        creditRating, annualPurchaseAmount, purchaseFrequency, profitContribution, cooperationYears, growthPotential,
        marketInfluence, nextVisitDate, list);
  }
}
