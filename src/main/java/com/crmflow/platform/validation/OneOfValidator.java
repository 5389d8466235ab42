package com.crmflow.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Checks {@link OneOf}. */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

  private Set<String> allowed;

  @Override
  public void initialize(OneOf annotation) {
    allowed = Set.of(annotation.value());
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || allowed.contains(value);
  }
}
