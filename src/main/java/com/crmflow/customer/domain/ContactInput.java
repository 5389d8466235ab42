package com.crmflow.customer.domain;

import com.crmflow.platform.validation.Label;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A contact in a create or update: {@code id} names an existing contact of the customer, null adds one. The rules
 * of one contact; that names are unique within a customer is checked by {@link CustomerArchive}.
 */
public record ContactInput(
    Long id,
    @Label("联系人姓名") @NotBlank @Size(max = 100) String name,
    @Label("联系电话") @Size(max = 40) @Pattern(regexp = PHONE, message = "不是有效的电话号码（数字、空格、+ - ( ) 转 #，至少 5 位数字）")
    String phone,
    @Label("电子邮箱") @Size(max = 200) @Pattern(regexp = EMAIL, message = "不是有效的电子邮件地址") String email,
    @Label("职务") @Size(max = 100) String position,
    @Label("生日") @PastOrPresent(message = "不能是将来的日期") LocalDate birthday) {

  /** A contact without a birthday. */
  public ContactInput(Long id, String name, String phone, String email, String position) {
    this(id, name, phone, email, position, null);
  }

  /** Digits, spaces, + - ( ) 转 #, 5 to 40 characters of which at least 5 digits. */
  public static final String PHONE = "^(?=(?:[^0-9]*[0-9]){5})[0-9+()\\- 转#]{5,40}$";
  public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

  /** Trimmed, blanks as null. */
  public ContactInput normalized() {
    return new ContactInput(id, CustomerFields.text(name), CustomerFields.text(phone), CustomerFields.text(email),
        CustomerFields.text(position), birthday);
  }
}
