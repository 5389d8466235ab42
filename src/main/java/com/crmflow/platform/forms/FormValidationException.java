package com.crmflow.platform.forms;

import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Completion refused because submitted values do not satisfy the task's Camunda Form. A
 * {@link NotValidException}, so the REST API answers 400 and Tasklist shows the message; the transaction rolls
 * back and the task stays open.
 */
public class FormValidationException extends NotValidException {

  private final List<String> problems;

  public FormValidationException(String formName, List<String> problems) {
    super("表单「" + formName + "」校验未通过：" + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
