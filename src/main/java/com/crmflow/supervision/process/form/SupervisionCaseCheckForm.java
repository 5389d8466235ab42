package com.crmflow.supervision.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of {@code forms/supervision-case-check.form} (form id {@code supervision-case-check}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class SupervisionCaseCheckForm {

  public static final String FORM = "forms/supervision-case-check.form";

  /** 「检查清单」 (dynamiclist). */
  public static final String CHECKLIST = "checklist";
  public static final String CHECKLIST_ITEM = "item";
  public static final String CHECKLIST_RESULT = "result";
  public static final String CHECKLIST_REMARK = "remark";

  /** 「检查意见」 (textarea). */
  public static final String OPINION = "opinion";

  /** 「督查问题」 (dynamiclist). */
  public static final String FINDINGS = "findings";
  public static final String FINDINGS_DESCRIPTION = "description";
  public static final String FINDINGS_DEPARTMENT = "department";
  public static final String FINDINGS_DUE_DATE = "dueDate";

  private SupervisionCaseCheckForm() {}

  /** 「检查清单」 (dynamiclist). */
  public static JsonNode checklist(FormData form) {
    return form.takeJson(CHECKLIST);
  }

  /** 「检查意见」 (textarea). */
  public static String opinion(FormData form) {
    return form.takeText(OPINION);
  }

  /** 「督查问题」 (dynamiclist). */
  public static JsonNode findings(FormData form) {
    return form.takeJson(FINDINGS);
  }
}
