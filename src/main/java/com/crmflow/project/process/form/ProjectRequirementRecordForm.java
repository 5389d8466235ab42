package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;
import java.util.List;

/**
 * The fields of {@code forms/project-requirement-record.form} (form id {@code project-requirement-record}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectRequirementRecordForm {

  public static final String FORM = "forms/project-requirement-record.form";

  /** 「沟通记录内容」 (textarea, required). */
  public static final String RECORD_SUMMARY = "recordSummary";

  /** 「发送至相关部门」 (checklist, required). */
  public static final String RELATED_DEPARTMENTS = "relatedDepartments";

  /** 「项目负责人」 (select, required). */
  public static final String PROJECT_LEAD = "projectLead";

  /** 「签字确认人（客户对接人）姓名」 (textfield, required). */
  public static final String SIGNER_NAME = "signerName";

  /** 「合同编号」 (textfield). */
  public static final String CONTRACT_NUMBER = "contractNumber";

  /** 「已签字确认《客户需求沟通记录》」 (checkbox, required). */
  public static final String RECORD_SIGNED = "recordSigned";

  private ProjectRequirementRecordForm() {}

  /** 「沟通记录内容」 (textarea, required). */
  public static String recordSummary(FormData form) {
    return form.takeText(RECORD_SUMMARY);
  }

  /** 「发送至相关部门」 (checklist, required). */
  public static List<String> relatedDepartments(FormData form) {
    return form.takeList(RELATED_DEPARTMENTS);
  }

  /** 「项目负责人」 (select, required). */
  public static String projectLead(FormData form) {
    return form.takeText(PROJECT_LEAD);
  }

  /** 「签字确认人（客户对接人）姓名」 (textfield, required). */
  public static String signerName(FormData form) {
    return form.takeText(SIGNER_NAME);
  }

  /** 「合同编号」 (textfield). */
  public static String contractNumber(FormData form) {
    return form.takeText(CONTRACT_NUMBER);
  }

  /** 「已签字确认《客户需求沟通记录》」 (checkbox, required). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean recordSigned(FormData form) {
    return form.takeFlag(RECORD_SIGNED);
  }
}
