package com.crmflow.project.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of {@code forms/project-plan.form} (form id {@code project-plan}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class ProjectPlanForm {

  public static final String FORM = "forms/project-plan.form";

  /** 「项目目标」 (textarea, required). */
  public static final String PLAN_OBJECTIVES = "planObjectives";

  /** 「执行策略」 (textarea, required). */
  public static final String STRATEGY = "strategy";

  /** 「工作步骤（各阶段工作任务及责任人）」 (textarea, required). */
  public static final String WORK_STEPS = "workSteps";

  /** 「时间节点」 (dynamiclist). */
  public static final String MILESTONES = "milestones";
  public static final String MILESTONES_NAME = "name";
  public static final String MILESTONES_DUE_DATE = "dueDate";

  /** 「资源需求」 (textarea, required). */
  public static final String RESOURCES = "resources";

  /** 「项目预算（元）」 (number). */
  public static final String BUDGET = "budget";

  /** 「风险评估及应对措施」 (dynamiclist). */
  public static final String RISKS = "risks";
  public static final String RISKS_CATEGORY = "category";
  public static final String RISKS_DESCRIPTION = "description";
  public static final String RISKS_LIKELIHOOD = "likelihood";
  public static final String RISKS_IMPACT = "impact";
  public static final String RISKS_RESPONSE = "response";
  public static final String RISKS_OWNER = "owner";
  public static final String RISKS_RESPONSE_PLAN = "responsePlan";

  /** 「评审部门负责人」 (checklist, required). */
  public static final String REVIEWERS = "reviewers";

  private ProjectPlanForm() {}

  /** 「项目目标」 (textarea, required). */
  public static String planObjectives(FormData form) {
    return form.takeText(PLAN_OBJECTIVES);
  }

  /** 「执行策略」 (textarea, required). */
  public static String strategy(FormData form) {
    return form.takeText(STRATEGY);
  }

  /** 「工作步骤（各阶段工作任务及责任人）」 (textarea, required). */
  public static String workSteps(FormData form) {
    return form.takeText(WORK_STEPS);
  }

  /** 「时间节点」 (dynamiclist). */
  public static JsonNode milestones(FormData form) {
    return form.takeJson(MILESTONES);
  }

  /** 「资源需求」 (textarea, required). */
  public static String resources(FormData form) {
    return form.takeText(RESOURCES);
  }

  /** 「项目预算（元）」 (number). */
  public static BigDecimal budget(FormData form) {
    return form.takeDecimal(BUDGET);
  }

  /** 「风险评估及应对措施」 (dynamiclist). */
  public static JsonNode risks(FormData form) {
    return form.takeJson(RISKS);
  }

  /** 「评审部门负责人」 (checklist, required). */
  public static List<String> reviewers(FormData form) {
    return form.takeList(REVIEWERS);
  }
}
