package com.crmflow.survey.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.*;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The process variables of {@code satisfaction-survey}, declared once: ids and routing flags; the scores live in
 * {@code crm_survey}.
 */
public final class SurveyVariables {

  private SurveyVariables() {}

  public static final String PROCESS_KEY = "satisfaction-survey";

  public static final VariableFactory<Long> SURVEY_ID = longVariable("surveyId");
  public static final VariableFactory<Long> CUSTOMER_ID = longVariable("customerId");
  /** The source step already asked the overall score: the survey form hides it (not asked twice). */
  public static final VariableFactory<Boolean> OVERALL_FROM_SOURCE = booleanVariable("overallFromSource");
  // routing flag
  public static final VariableFactory<Boolean> LOW_SCORE = booleanVariable("lowScore");
  // task-local: the Markdown summary at the top of every form
  public static final VariableFactory<String> CONTEXT = stringVariable("context");

  public static final String TASK_SURVEY = "Task_Survey";
  public static final String TASK_IMPROVEMENT = "Task_Improvement";
  /** Takes surveys of customers without an owner, and improvement tasks of owners without a team lead. */
  public static final String CRM_DEPT = "crm-dept";
}
