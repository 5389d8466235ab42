package com.crmflow.complaint.analysis.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/complaint-analysis-start.form} (form id {@code complaint-analysis-start}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ComplaintAnalysisStartForm {

  public static final String FORM = "forms/complaint-analysis-start.form";

  /** 「统计期间起始日期」 (datetime, required). */
  public static final String PERIOD_FROM = "periodFrom";

  /** 「统计期间截止日期」 (datetime, required). */
  public static final String PERIOD_TO = "periodTo";

  private ComplaintAnalysisStartForm() {}

  /** 「统计期间起始日期」 (datetime, required). */
  public static LocalDate periodFrom(FormData form) {
    return form.takeDate(PERIOD_FROM);
  }

  /** 「统计期间截止日期」 (datetime, required). */
  public static LocalDate periodTo(FormData form) {
    return form.takeDate(PERIOD_TO);
  }
}
