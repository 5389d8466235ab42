package com.crmflow.platform.forms;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Completion refused because submitted values do not satisfy the task's Camunda Form. A
 * {@link FormFieldValidationException} — the one engine exception Camunda's REST API answers with 400 on task
 * {@code complete}/{@code submit-form} and start {@code submit-form} — so Tasklist shows the message; the
 * transaction rolls back and the task stays open.
 */
public class FormValidationException extends FormFieldValidationException {

  private final List<String> problems;

  public FormValidationException(String formName, List<String> problems) {
    super(List.copyOf(problems), "表单「" + formName + "」校验未通过：" + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
