package com.crmflow.complaint.analysis.form;

import com.crmflow.platform.forms.FormData;
import java.util.List;

/**
 * The fields of {@code forms/complaint-improvement.form} (form id {@code complaint-improvement}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintImprovementForm {

  public static final String FORM = "forms/complaint-improvement.form";

  /** 「改进措施」 (textarea, required). */
  public static final String IMPROVEMENT_MEASURES = "improvementMeasures";

  /** 「改进措施责任部门」 (checklist). */
  public static final String RESPONSIBLE_DEPARTMENTS = "responsibleDepartments";

  private ComplaintImprovementForm() {}

  /** 「改进措施」 (textarea, required). */
  public static String improvementMeasures(FormData form) {
    return form.takeText(IMPROVEMENT_MEASURES);
  }

  /** 「改进措施责任部门」 (checklist). */
  public static List<String> responsibleDepartments(FormData form) {
    return form.takeList(RESPONSIBLE_DEPARTMENTS);
  }
}
