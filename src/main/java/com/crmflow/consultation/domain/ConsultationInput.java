package com.crmflow.consultation.domain;

import static com.crmflow.consultation.domain.ConsultationCodes.*;

import com.crmflow.customer.domain.ContactInput;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A consultation as received (001 §4(2).1): the channel, the customer of the archive when known OR the unknown
 * enquirer's company and contact person (name and a phone number or e-mail address — {@link ConsultationIntake}
 * checks the choice), the question and whether the enquirer shows cooperation intent.
 */
public record ConsultationInput(
    @Label("咨询方式") @NotBlank @OneOf({PHONE, EMAIL, ONLINE}) String channel,
    @Label("客户") Long customerId,
    @Label("公司名称") @Size(max = 200) String companyName,
    @Label("联系人") @Size(max = 100) String contactName,
    @Label("联系电话") @Size(max = 40)
    @Pattern(regexp = ContactInput.PHONE, message = "不是有效的电话号码（数字、空格、+ - ( ) 转 #，至少 5 位数字）")
    String contactPhone,
    @Label("电子邮箱") @Size(max = 200) @Pattern(regexp = ContactInput.EMAIL, message = "不是有效的电子邮件地址")
    String contactEmail,
    @Label("咨询问题") @NotBlank @Size(max = 4000) String question,
    @Label("有合作意向") @NotNull Boolean cooperationIntent) {

  /** Texts trimmed, blanks as null. */
  public ConsultationInput {
    companyName = Consultations.trim(companyName);
    contactName = Consultations.trim(contactName);
    contactPhone = Consultations.trim(contactPhone);
    contactEmail = Consultations.trim(contactEmail);
    question = question == null ? null : question.trim();
  }
}
