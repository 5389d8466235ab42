package com.crmflow.development.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * The fields of {@code forms/development-visit-plan.form} (form id {@code development-visit-plan}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class DevelopmentVisitPlanForm {

  public static final String FORM = "forms/development-visit-plan.form";

  /** 「拜访目的」 (textarea, required). */
  public static final String VISIT_PURPOSE = "visitPurpose";

  /** 「拜访日期」 (datetime, required). */
  public static final String PLANNED_DATE = "plannedDate";

  /** 「拜访时间」 (textfield). */
  public static final String PLANNED_TIME = "plannedTime";

  /** 「参与人员及分工」 (dynamiclist). */
  public static final String ATTENDEES = "attendees";
  public static final String ATTENDEES_NAME = "name";
  public static final String ATTENDEES_ROLE = "role";

  /** 「拜访内容」 (textarea, required). */
  public static final String VISIT_CONTENT = "visitContent";

  /** 「准备的资料」 (textarea). */
  public static final String MATERIALS = "materials";

  private DevelopmentVisitPlanForm() {}

  /** 「拜访目的」 (textarea, required). */
  public static String visitPurpose(FormData form) {
    return form.takeText(VISIT_PURPOSE);
  }

  /** 「拜访日期」 (datetime, required). */
  public static LocalDate plannedDate(FormData form) {
    return form.takeDate(PLANNED_DATE);
  }

  /** 「拜访时间」 (textfield). */
  public static String plannedTime(FormData form) {
    return form.takeText(PLANNED_TIME);
  }

  /** 「参与人员及分工」 (dynamiclist). */
  public static JsonNode attendees(FormData form) {
    return form.takeJson(ATTENDEES);
  }

  /** 「拜访内容」 (textarea, required). */
  public static String visitContent(FormData form) {
    return form.takeText(VISIT_CONTENT);
  }

  /** 「准备的资料」 (textarea). */
  public static String materials(FormData form) {
    return form.takeText(MATERIALS);
  }
}
