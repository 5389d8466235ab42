package com.crmflow.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that must be one of the listed codes (the option values of the form's select or radio). Null passes (add
 * {@code @NotBlank} when the field is required).
 */
@Constraint(validatedBy = OneOfValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD,
    ElementType.TYPE_USE})
public @interface OneOf {

  /** The allowed codes. */
  String[] value();

  String message() default "取值无效：${validatedValue}（可选：{value}）";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
