package com.crmflow.visit.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * The fields of {@code forms/return-visit-visit.form} (form id {@code return-visit-visit}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ReturnVisitVisitForm {

  public static final String FORM = "forms/return-visit-visit.form";

  /** 「回访方式」 (select, required). */
  public static final String WAY = "way";

  /** 「回访日期」 (datetime, required). */
  public static final String VISIT_DATE = "visitDate";

  /** 「客户项目进展情况」 (textarea, required). */
  public static final String PROJECT_PROGRESS = "projectProgress";

  /** 「合作满意度（1–5，5 为非常满意）」 (number, required). */
  public static final String SATISFACTION = "satisfaction";

  /** 「客户需求变化」 (textarea). */
  public static final String CHANGED_NEEDS = "changedNeeds";

  /** 「客户意见和建议」 (textarea). */
  public static final String OPINIONS = "opinions";

  /** 「客户提出需要改进的问题（交责任部门落实）」 (checkbox). */
  public static final String ISSUES_RAISED = "issuesRaised";

  /** 「问题及责任部门」 (dynamiclist). */
  public static final String ISSUES = "issues";
  public static final String ISSUES_DEPARTMENT = "department";
  public static final String ISSUES_ISSUE = "issue";

  /** 「客户提出投诉（转客户投诉处理）」 (checkbox). */
  public static final String COMPLAINT_RAISED = "complaintRaised";

  /** 「投诉内容」 (textarea, required). */
  public static final String COMPLAINT_CONTENT = "complaintContent";

  /** 「投诉类别」 (select, required). */
  public static final String COMPLAINT_CATEGORY = "complaintCategory";

  /** 「严重程度」 (select, required). */
  public static final String COMPLAINT_SEVERITY = "complaintSeverity";

  private ReturnVisitVisitForm() {}

  /** 「回访方式」 (select, required). */
  public static String way(FormData form) {
    return form.takeText(WAY);
  }

  /** 「回访日期」 (datetime, required). */
  public static LocalDate visitDate(FormData form) {
    return form.takeDate(VISIT_DATE);
  }

  /** 「客户项目进展情况」 (textarea, required). */
  public static String projectProgress(FormData form) {
    return form.takeText(PROJECT_PROGRESS);
  }

  /** 「合作满意度（1–5，5 为非常满意）」 (number, required). */
  public static Long satisfaction(FormData form) {
    return form.takeWholeNumber(SATISFACTION);
  }

  /** 「客户需求变化」 (textarea). */
  public static String changedNeeds(FormData form) {
    return form.takeText(CHANGED_NEEDS);
  }

  /** 「客户意见和建议」 (textarea). */
  public static String opinions(FormData form) {
    return form.takeText(OPINIONS);
  }

  /** 「客户提出需要改进的问题（交责任部门落实）」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean issuesRaised(FormData form) {
    return form.takeFlag(ISSUES_RAISED);
  }

  /** 「问题及责任部门」 (dynamiclist). */
  public static JsonNode issues(FormData form) {
    return form.takeJson(ISSUES);
  }

  /** 「客户提出投诉（转客户投诉处理）」 (checkbox). Taken out of the variables: a routing flag that a gateway reads stays and is read with
   * {@code FormData.flag(VariableFactory)} instead. */
  public static boolean complaintRaised(FormData form) {
    return form.takeFlag(COMPLAINT_RAISED);
  }

  /** 「投诉内容」 (textarea, required). */
  public static String complaintContent(FormData form) {
    return form.takeText(COMPLAINT_CONTENT);
  }

  /** 「投诉类别」 (select, required). */
  public static String complaintCategory(FormData form) {
    return form.takeText(COMPLAINT_CATEGORY);
  }

  /** 「严重程度」 (select, required). */
  public static String complaintSeverity(FormData form) {
    return form.takeText(COMPLAINT_SEVERITY);
  }
}
