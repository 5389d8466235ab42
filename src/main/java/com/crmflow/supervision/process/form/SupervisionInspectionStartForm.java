package com.crmflow.supervision.process.form;

import com.crmflow.platform.forms.FormData;
import java.time.LocalDate;

/**
 * The fields of {@code forms/supervision-inspection-start.form} (form id {@code supervision-inspection-start}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class SupervisionInspectionStartForm {

  public static final String FORM = "forms/supervision-inspection-start.form";

  /** 「督查流程」 (select, required). */
  public static final String INSPECTED_PROCESS = "inspectedProcess";

  /** 「督查期间起始日期」 (datetime, required). */
  public static final String PERIOD_FROM = "periodFrom";

  /** 「督查期间截止日期」 (datetime, required). */
  public static final String PERIOD_TO = "periodTo";

  /** 「抽样数量（不填按系统设置，默认 5 件）」 (number). */
  public static final String SAMPLE_SIZE = "sampleSize";

  private SupervisionInspectionStartForm() {}

  /** 「督查流程」 (select, required). */
  public static String inspectedProcess(FormData form) {
    return form.takeText(INSPECTED_PROCESS);
  }

  /** 「督查期间起始日期」 (datetime, required). */
  public static LocalDate periodFrom(FormData form) {
    return form.takeDate(PERIOD_FROM);
  }

  /** 「督查期间截止日期」 (datetime, required). */
  public static LocalDate periodTo(FormData form) {
    return form.takeDate(PERIOD_TO);
  }

  /** 「抽样数量（不填按系统设置，默认 5 件）」 (number). */
  public static Long sampleSize(FormData form) {
    return form.takeWholeNumber(SAMPLE_SIZE);
  }
}
