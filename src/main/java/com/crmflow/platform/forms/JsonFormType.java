package com.crmflow.platform.forms;

import org.camunda.bpm.engine.impl.form.type.AbstractFormFieldType;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The {@code camunda:formField} type {@code json}: a start form's option list ({@code valuesKey} of a select), written
 * by the field's {@code defaultValue} expression as JSON text ([{label, value}]) and handed to Tasklist as a Json
 * variable, exactly like the option lists of task forms. A start event has no variables of its own: a form field of
 * the start event is the engine's one way to give its start form values ({@code GET …/form-variables}).
 */
public class JsonFormType extends AbstractFormFieldType {

  public static final String NAME = "json";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public TypedValue convertToFormValue(TypedValue modelValue) {
    Object value = modelValue == null ? null : modelValue.getValue();
    if (value == null) {
      return Variables.untypedNullValue();
    }
    return value instanceof String s ? SpinValues.jsonValue(s).create() : modelValue;
  }

  @Override
  public TypedValue convertToModelValue(TypedValue propertyValue) {
    return propertyValue;
  }

  @Override
  public Object convertFormValueToModelValue(Object propertyValue) {
    return propertyValue;
  }

  @Override
  public String convertModelValueToFormValue(Object modelValue) {
    return modelValue == null ? null : modelValue.toString();
  }
}
