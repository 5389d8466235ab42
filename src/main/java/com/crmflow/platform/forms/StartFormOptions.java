package com.crmflow.platform.forms;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Option lists ({@code valuesKey}) of a start form. A start form has no process instance whose variables could hold
 * them, and Tasklist's start dialog reads no variables for a Camunda Form; so {@link FormValidationInterceptor}
 * gives them to the current engine user with the form itself: {@code GET /process-definition/{id}/deployed-start-form}
 * answers with {@link #options()} inlined as each such select's {@code values}, and
 * {@code GET /process-definition/{id}/form-variables} carries them as variables, for the definition with key
 * {@link #processKey()}.
 */
public interface StartFormOptions {

  /** The process definition key whose start form uses the options. */
  String processKey();

  /** valuesKey → JSON array of {label, value}, for the current engine user (called inside the engine command). */
  VariableMap options();
}
