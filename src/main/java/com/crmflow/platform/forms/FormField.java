package com.crmflow.platform.forms;

import java.util.List;

/**
 * One input of a Camunda Form (form-js schema) as far as server-side validation needs it.
 *
 * @param key          variable name the field writes
 * @param label        the label staff see (used in error messages)
 * @param type         form-js component type (textfield, number, checkbox, select, dynamiclist, …)
 * @param required     {@code validate.required}
 * @param options      static option values of select/radio/checklist/taglist, or null
 * @param valuesKey    variable holding dynamic options ([{label, value}]), or null
 * @param maxItems     most entries a list (dynamic list, checklist, taglist) may have: the form's custom property
 *                     {@code properties.maxItems}, else null (the validator's default applies)
 * @param children     the fields of each item of a dynamic list
 */
public record FormField(
    String key,
    String label,
    String type,
    boolean required,
    Integer minLength,
    Integer maxLength,
    Double min,
    Double max,
    String pattern,
    String dateSubtype,
    List<String> options,
    String valuesKey,
    Integer maxItems,
    List<FormField> children) {

  public String displayName() {
    return label == null || label.isBlank() ? key : "「" + label + "」(" + key + ")";
  }
}
