package com.crmflow.platform.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name staff know a field by (e.g. {@code @Label("需求名称")}), put in front of each Bean Validation message by
 * {@link Inputs#valid}: "需求名称不能为空". On a record component or a field; without it the property name is used.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Label {
  String value();
}
